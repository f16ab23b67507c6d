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
 * Problem answers for what never reaches a resource: a request line or headers longer than the
 * limits, a body declared larger than the limit, and a path that nothing serves.
 *
 * <p>Vert.x refuses a request line or header block over its own limits with a bare status and no
 * hook to shape that answer. So its limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code .max-header-size}) are set well above the ones enforced here, and this filter answers the
 * requests between the two with a problem document. Only a request beyond the Vert.x limits (64
 * KiB) still gets the bare answer.
 */
@ApplicationScoped
public class RouterProblems {

    private final long maxBodyBytes;
    private final int maxUriChars;
    private final int maxHeaderBytes;

    public RouterProblems(
            @ConfigProperty(name = "clausewatch.gateway.max-body-bytes") long maxBodyBytes,
            @ConfigProperty(name = "clausewatch.gateway.max-uri-chars") int maxUriChars,
            @ConfigProperty(name = "clausewatch.gateway.max-header-bytes") int maxHeaderBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUriChars = maxUriChars;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route()
                .last()
                .handler(ctx -> send(ctx, Response.Status.NOT_FOUND, "No resource at this path."));
    }

    private void limitBody(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriChars) {
            send(
                    ctx,
                    Response.Status.REQUEST_URI_TOO_LONG,
                    "The request URI is longer than " + maxUriChars + " characters.");
            return;
        }
        if (headerBytes(ctx) > maxHeaderBytes) {
            send(
                    ctx,
                    REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request headers are larger than " + maxHeaderBytes + " bytes.");
            return;
        }
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

    private static int headerBytes(RoutingContext ctx) {
        int bytes = 0;
        for (var header : ctx.request().headers()) {
            // name, ": ", value and CRLF, as on the wire
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** 431 (RFC 6585), which {@link Response.Status} does not list. */
    private static final Response.StatusType REQUEST_HEADER_FIELDS_TOO_LARGE =
            new Response.StatusType() {
                @Override
                public int getStatusCode() {
                    return 431;
                }

                @Override
                public Response.Status.Family getFamily() {
                    return Response.Status.Family.CLIENT_ERROR;
                }

                @Override
                public String getReasonPhrase() {
                    return "Request Header Fields Too Large";
                }
            };

    private static void send(RoutingContext ctx, Response.StatusType status, String detail) {
        Problem problem =
                status instanceof Response.Status known
                        ? Problem.of(known, detail)
                        : new Problem(
                                "https://clausewatch.io/problems/request-header-fields-too-large",
                                status.getReasonPhrase(),
                                status.getStatusCode(),
                                detail,
                                null,
                                null);
        ctx.response()
                .setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.json.Json.encode(problem));
    }
}
