package io.clausewatch.gateway.backend;

import io.clausewatch.kit.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers 503 with a hint when to retry. */
public class BackendUnavailableMapper {

    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailable e) {
        Problem problem =
                Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "The "
                                + e.service()
                                + " service is unavailable right now; retry in a few seconds.");
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
