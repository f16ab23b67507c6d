package io.clausewatch.testkit.infra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and Postgres in containers, for machines where a Docker engine answers. Loaded only after
 * {@link #dockerAnswers()} said yes, so the kit runs without Testcontainers on the classpath.
 */
final class DockerServers {

    private DockerServers() {}

    static boolean dockerAnswers() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return false;
        }
    }

    static KafkaServer kafka() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
        container.start();
        KafkaTopics.ensureAll(container.getBootstrapServers());
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    static PostgresServer postgres() {
        PostgreSQLContainer container =
                new PostgreSQLContainer("postgres:15-alpine")
                        .withDatabaseName(Databases.NAME)
                        .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        return new PostgresServer() {
            @Override
            public String jdbcUrl() {
                return container.getJdbcUrl();
            }

            @Override
            public String username() {
                return container.getUsername();
            }

            @Override
            public String password() {
                return container.getPassword();
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }
}
