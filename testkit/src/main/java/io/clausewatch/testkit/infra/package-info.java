/**
 * Real Kafka and Postgres without Docker. The broker is the official Apache Kafka server in KRaft
 * combined mode, started as its own JVM from the classpath Maven resolved for this module; Postgres
 * is a throwaway cluster from the machine's PostgreSQL binaries, or embedded binaries when the
 * machine has none. Servers named in the environment win over both, and Testcontainers is used
 * where a Docker engine answers.
 */
package io.clausewatch.testkit.infra;
