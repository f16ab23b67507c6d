package io.clausewatch.testkit.infra;

/** A Kafka broker the kit started or found. Closing it stops it if the kit started it. */
public interface KafkaServer extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
