/**
 * The contract between Clausewatch services: Kafka topic names, CloudEvents types and sources, and
 * the payload records carried as JSON. Each event has exactly one definition, here.
 */
package io.clausewatch.events;
