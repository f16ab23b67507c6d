package io.clausewatch.testkit.infra;

/** A Postgres database the kit started or found. Closing it stops it if the kit started it. */
public interface PostgresServer extends AutoCloseable {

    /** JDBC URL of the Clausewatch database. */
    String jdbcUrl();

    String username();

    String password();

    @Override
    void close();
}
