package io.clausewatch.testkit.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Kafka broker and a Postgres database, chosen in this order: servers named by the environment;
 * Testcontainers where a Docker engine answers (tests only); otherwise servers the kit starts
 * itself from the machine.
 */
public final class Infrastructure implements AutoCloseable {

    private static Infrastructure forTests;

    private final KafkaServer kafka;
    private final PostgresServer postgres;

    public Infrastructure(KafkaServer kafka, PostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /**
     * The infrastructure of this test JVM, started on first use and stopped when the JVM exits. The
     * test command of the project starts one broker and one database for the whole build and names
     * them in the environment, so this starts servers only for a module run alone.
     */
    public static synchronized Infrastructure forTests() {
        if (forTests == null) {
            forTests = startForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(forTests::close, "test-infra-stop"));
        }
        return forTests;
    }

    /**
     * Starts, or finds in the environment, the servers of a local installation.
     *
     * @param dataDir where the broker and the cluster keep their data
     * @param throwaway true for test servers: data may be lost on a crash
     */
    public static Infrastructure startLocal(
            Path dataDir, int kafkaPort, int postgresPort, boolean throwaway) {
        KafkaServer kafka =
                ExternalServers.kafka()
                        .orElseGet(
                                () ->
                                        ApacheKafkaBroker.start(
                                                dataDir.resolve("kafka"), kafkaPort, "512m"));
        PostgresServer postgres;
        try {
            postgres =
                    ExternalServers.postgres()
                            .orElseGet(() -> localPostgres(dataDir, postgresPort, throwaway));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        return new Infrastructure(kafka, postgres);
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** Configuration a Quarkus service needs to reach these servers. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        return config;
    }

    /** The same, as the environment variables the services and the kit read. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ExternalServers.KAFKA_ENV, kafka.bootstrapServers());
        env.put(ExternalServers.JDBC_URL_ENV, postgres.jdbcUrl());
        env.put(ExternalServers.DB_USER_ENV, postgres.username());
        env.put(ExternalServers.DB_PASSWORD_ENV, postgres.password());
        return env;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } finally {
            kafka.close();
        }
    }

    private static Infrastructure startForTests() {
        Optional<KafkaServer> kafka = ExternalServers.kafka();
        Optional<PostgresServer> postgres = ExternalServers.postgres();
        if ((kafka.isEmpty() || postgres.isEmpty()) && DockerServers.dockerAnswers()) {
            return new Infrastructure(
                    kafka.orElseGet(DockerServers::kafka),
                    postgres.orElseGet(DockerServers::postgres));
        }
        return startLocal(testDataDir(), Ports.free(), Ports.free(), true);
    }

    private static PostgresServer localPostgres(Path dataDir, int port, boolean throwaway) {
        Path pgDir = dataDir.resolve("postgres");
        return MachinePostgres.findBinaries()
                .<PostgresServer>map(bin -> MachinePostgres.start(bin, pgDir, port, throwaway))
                .orElseGet(() -> EmbeddedBinariesPostgres.start(pgDir, port, throwaway));
    }

    private static Path testDataDir() {
        String home = System.getProperty("clausewatch.home", ".");
        try {
            Path base = Path.of(home, "target", "test-infra");
            Files.createDirectories(base);
            Path dir = Files.createTempDirectory(base, "jvm-");
            // a temporary directory is private to its owner; when root hands the Postgres cluster
            // inside it to the postgres user, that user must be able to pass through it
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing to open
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a test data directory", e);
        }
    }
}
