package io.clausewatch.kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreErrorsTest {

    @ParameterizedTest(name = "SQLSTATE {0}: outage {1}")
    @CsvSource({
        "08001, true", // cannot connect
        "08006, true", // connection failure
        "57P01, true", // terminating connection due to administrator command
        "57P03, true", // the database system is starting up
        "53300, true", // too many connections
        "40001, true", // serialization failure
        "23505, false", // unique violation
        "42P01, false", // undefined table
        "22001, false" // value too long
    })
    void sqlStateTellsAnOutageFromABug(String state, boolean outage) {
        RuntimeException wrapped =
                new IllegalStateException(
                        "Error invoking subclass method",
                        new RuntimeException("JDBC exception", new SQLException("boom", state)));

        assertThat(StoreErrors.isOutage(wrapped)).isEqualTo(outage);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acquisition timeout while waiting for new connection | true",
                "something else without a state | false"
            })
    void poolThatFoundNoConnectionIsAnOutage(String message, boolean outage) {
        assertThat(StoreErrors.isOutage(new RuntimeException(new SQLException(message))))
                .isEqualTo(outage);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void transientJdbcExceptionsAndSuppressedCausesCount(boolean suppressed) {
        RuntimeException error = new RuntimeException("rollback failed");
        SQLTransientConnectionException cause = new SQLTransientConnectionException("gone");
        if (suppressed) {
            error.addSuppressed(cause);
        } else {
            error.initCause(cause);
        }

        assertThat(StoreErrors.isOutage(error)).isTrue();
        assertThat(StoreErrors.isOutage(new IllegalStateException("closed"))).isFalse();
    }
}
