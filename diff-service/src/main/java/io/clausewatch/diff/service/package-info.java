/**
 * Recording versions: idempotent acceptance of snapshots and imports, the hash chain, change
 * analysis, persistence of provisions and changes, and the outbox event, all in one transaction.
 */
package io.clausewatch.diff.service;
