package io.clausewatch.gateway.backend;

/** An internal service could not be reached in time; clients should retry shortly. */
public class BackendUnavailable extends RuntimeException {

    private final String service;

    public BackendUnavailable(String service) {
        super(service + " unavailable", null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
