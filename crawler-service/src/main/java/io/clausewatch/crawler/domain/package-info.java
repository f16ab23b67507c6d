/**
 * The crawler's persistent state: platforms, documents with their schedule and health, versioned
 * extraction rules, per-URL fetch state, the raw response archive and published snapshots.
 */
package io.clausewatch.crawler.domain;
