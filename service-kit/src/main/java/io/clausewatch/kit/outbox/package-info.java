/**
 * The transactional outbox: events are stored in the service's own schema in the transaction that
 * changes its state, then relayed to Kafka as CloudEvents in binary mode. Nothing is lost between a
 * database commit and a Kafka publish; an event may be published twice, which consumers absorb
 * through its deterministic id.
 */
package io.clausewatch.kit.outbox;
