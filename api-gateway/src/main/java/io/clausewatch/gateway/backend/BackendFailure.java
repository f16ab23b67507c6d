package io.clausewatch.gateway.backend;

/** An internal service answered with a server error. */
public class BackendFailure extends RuntimeException {

    private final int status;

    public BackendFailure(int status) {
        super("backend answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
