/**
 * The diff service's HTTP API: changes with filters and cursor pagination, versions, diffs,
 * provision history, topics and search. Errors are RFC 9457 problems.
 */
package io.clausewatch.diff.rest;
