package io.clausewatch.testkit.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates the Clausewatch database on a fresh server; services create their own schemas. */
final class Databases {

    static final String NAME = "clausewatch";

    private Databases() {}

    static void ensureDatabase(String adminUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password)) {
            var check = connection.prepareStatement("select 1 from pg_database where datname = ?");
            check.setString(1, NAME);
            if (!check.executeQuery().next()) {
                connection.createStatement().execute("create database " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not create database " + NAME + ": " + e.getMessage(), e);
        }
    }
}
