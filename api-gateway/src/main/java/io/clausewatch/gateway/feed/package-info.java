/** Atom feeds of changes, for feed readers and tools that poll. */
package io.clausewatch.gateway.feed;
