package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.backend.Reply;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Stops a request with an internal service's own error answer, passed on unchanged. */
public class RelayedProblem extends RuntimeException {

    private final transient Reply reply;

    public RelayedProblem(Reply reply) {
        super("relayed " + reply.status(), null, false, false);
        this.reply = reply;
    }

    /** Maps the exception back to the service's answer. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response relayed(RelayedProblem e) {
            return e.reply.toResponse();
        }
    }
}
