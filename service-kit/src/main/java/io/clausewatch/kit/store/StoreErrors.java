package io.clausewatch.kit.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells a database that is away (restarting, unreachable, overloaded) from other failures. */
public final class StoreErrors {

    private StoreErrors() {}

    /**
     * True when the error, or one it wraps, says the database could not be reached or cut the
     * session: SQLSTATE class 08 (connection), 57P01-57P03 (shut down, starting up), 53300 (too
     * many connections), 40001 and 40P01 (serialization, deadlock: try again), the JDBC transient
     * and recoverable exceptions, and a pool that found no connection in time.
     */
    public static boolean isOutage(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isOutage(error, seen);
    }

    private static boolean isOutage(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return false;
        }
        if (error instanceof SQLTransientException || error instanceof SQLRecoverableException) {
            return true;
        }
        if (error instanceof SQLException sql && isOutageState(sql)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (isOutage(suppressed, seen)) {
                return true;
            }
        }
        return isOutage(error.getCause(), seen);
    }

    private static boolean isOutageState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            String message = sql.getMessage();
            return message != null && message.startsWith("Acquisition timeout");
        }
        return state.startsWith("08")
                || state.equals("57P01")
                || state.equals("57P02")
                || state.equals("57P03")
                || state.equals("53300")
                || state.equals("40001")
                || state.equals("40P01");
    }
}
