/** Kafka consumers of changes and crawl failures, and the intake that records their deliveries. */
package io.clausewatch.alert.messaging;
