package io.clausewatch.kit.outbox;

/** Fired when an outbox row is written; after commit it wakes the relay early. */
public record OutboxWritten(long rowId) {}
