/**
 * Archives of dated document versions (the corpus layout and the plain dataset layout): reading and
 * validating them whole, and {@code clausewatch import}, which brings their history into a running
 * Clausewatch through the crawler's catalog and the diff service's version import.
 */
package io.clausewatch.runner.archive;
