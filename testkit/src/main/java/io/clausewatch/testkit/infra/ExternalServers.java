package io.clausewatch.testkit.infra;

import java.util.Optional;

/** Servers named by the environment, which always win over the ones the kit would start. */
public final class ExternalServers {

    public static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String JDBC_URL_ENV = "CLAUSEWATCH_JDBC_URL";
    public static final String DB_USER_ENV = "CLAUSEWATCH_DB_USER";
    public static final String DB_PASSWORD_ENV = "CLAUSEWATCH_DB_PASSWORD";

    private ExternalServers() {}

    public static Optional<KafkaServer> kafka() {
        return env(KAFKA_ENV)
                .map(
                        servers ->
                                new KafkaServer() {
                                    @Override
                                    public String bootstrapServers() {
                                        return servers;
                                    }

                                    @Override
                                    public void close() {}
                                });
    }

    public static Optional<PostgresServer> postgres() {
        return env(JDBC_URL_ENV)
                .map(
                        url ->
                                new PostgresServer() {
                                    @Override
                                    public String jdbcUrl() {
                                        return url;
                                    }

                                    @Override
                                    public String username() {
                                        return env(DB_USER_ENV).orElse("postgres");
                                    }

                                    @Override
                                    public String password() {
                                        return env(DB_PASSWORD_ENV).orElse("");
                                    }

                                    @Override
                                    public void close() {}
                                });
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
