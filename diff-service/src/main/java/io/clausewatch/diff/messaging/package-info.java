/** The Kafka consumer of crawler snapshots. Events leave through the service-kit outbox. */
package io.clausewatch.diff.messaging;
