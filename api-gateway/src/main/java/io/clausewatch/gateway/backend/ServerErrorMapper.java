package io.clausewatch.gateway.backend;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a 5xx answer into an exception, so the circuit breaker counts it; 4xx answers stay
 * responses and reach the client as they are.
 */
public class ServerErrorMapper implements ResponseExceptionMapper<BackendFailure> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 500;
    }

    @Override
    public BackendFailure toThrowable(Response response) {
        return new BackendFailure(response.getStatus());
    }
}
