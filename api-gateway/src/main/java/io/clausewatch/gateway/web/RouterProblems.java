package io.clausewatch.gateway.web;

import io.clausewatch.kit.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem answers for what never reaches a resource: a body declared larger than the limit, and a
 * path that nothing serves.
 */
@ApplicationScoped
public class RouterProblems {

    private final long maxBodyBytes;

    public RouterProblems(
            @ConfigProperty(name = "clausewatch.gateway.max-body-bytes") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route()
                .last()
                .handler(ctx -> send(ctx, Response.Status.NOT_FOUND, "No resource at this path."));
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            send(
                    ctx,
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes.");
            return;
        }
        ctx.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void send(RoutingContext ctx, Response.Status status, String detail) {
        Problem problem = Problem.of(status, detail);
        ctx.response()
                .setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.json.Json.encode(problem));
    }
}
