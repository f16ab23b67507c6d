/**
 * The stored state of the diff service: versions in their hash chain, the receipts of accepted
 * snapshots, changes with their topics and regulations, and the provisions of every version.
 */
package io.clausewatch.diff.domain;
