package io.clausewatch.gateway.auth;

import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

/** Holds the caller of the current request, set by {@link AccessFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "An API key is required.");
        }
        return caller;
    }
}
