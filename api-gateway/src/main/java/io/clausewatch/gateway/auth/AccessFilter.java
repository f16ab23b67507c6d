package io.clausewatch.gateway.auth;

import io.clausewatch.kit.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Authenticates the key of every request to a resource marked {@link Access}, checks its role and
 * takes a token from its bucket; public pages take a token from their client address's bucket.
 */
public class AccessFilter {

    private static final String ALLOWANCE = AccessFilter.class.getName() + ".allowance";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final BearerTokens tokens;
    private final RateLimiter limiter;
    private final CurrentCaller current;

    public AccessFilter(
            ApiKeys keys, BearerTokens tokens, RateLimiter limiter, CurrentCaller current) {
        this.keys = keys;
        this.tokens = tokens;
        this.limiter = limiter;
        this.current = current;
    }

    @ServerRequestFilter
    public Response check(
            ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Optional<Role> required = requiredRole(resource);
        if (required.isEmpty()) {
            return limit(request, "address:" + http.remoteAddress().hostAddress());
        }
        Optional<String> bearer = presentedBearer(request);
        Optional<Caller> caller = bearer.filter(b -> b.length() <= 200).flatMap(keys::authenticate);
        if (caller.isEmpty() && bearer.isPresent() && tokens.looksLikeToken(bearer.get())) {
            Optional<BearerTokens.Outcome> verified = tokens.verify(bearer.get());
            if (verified.orElse(null) instanceof BearerTokens.NoRole) {
                return Problem.of(
                                Response.Status.FORBIDDEN,
                                "The token carries none of the roles reader, subscriber or"
                                        + " admin.")
                        .toResponse();
            }
            caller =
                    verified.filter(BearerTokens.Accepted.class::isInstance)
                            .map(o -> ((BearerTokens.Accepted) o).caller());
        }
        if (caller.isEmpty()) {
            return unauthorized();
        }
        if (!caller.get().role().includes(required.get())) {
            return Problem.of(
                            Response.Status.FORBIDDEN,
                            "This needs the "
                                    + required.get().wireName()
                                    + " role; the caller has "
                                    + caller.get().role().wireName()
                                    + ".")
                    .toResponse();
        }
        current.set(caller.get());
        return limit(request, "key:" + caller.get().keyId());
    }

    @ServerResponseFilter
    public void rateLimitHeaders(
            ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ALLOWANCE) instanceof RateLimiter.Allowance allowance) {
            response.getHeaders().putSingle("RateLimit-Limit", allowance.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", allowance.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", allowance.resetSeconds());
        }
    }

    private Response limit(ContainerRequestContext request, String client) {
        RateLimiter.Allowance allowance = limiter.take(client);
        request.setProperty(ALLOWANCE, allowance);
        if (allowance.granted()) {
            return null;
        }
        return Response.fromResponse(
                        Problem.of(
                                        Response.Status.TOO_MANY_REQUESTS,
                                        "Rate limit reached: "
                                                + allowance.limit()
                                                + " requests; retry in "
                                                + allowance.retryAfterSeconds()
                                                + " s.")
                                .toResponse())
                .header(HttpHeaders.RETRY_AFTER, allowance.retryAfterSeconds())
                .build();
    }

    /** An API key (at most 200 characters) or, with OIDC on, a JWT (at most 8,192). */
    private static Optional<String> presentedBearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() || key.length() > 8192 ? Optional.empty() : Optional.of(key);
    }

    private Response unauthorized() {
        String detail =
                tokens.enabled()
                        ? "A valid API key or OIDC access token is required: send Authorization:"
                                + " Bearer <key or token>."
                        : "A valid API key is required: send Authorization: Bearer <key>.";
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clausewatch\"")
                .build();
    }

    private static Optional<Role> requiredRole(ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        Access onMethod = resource.getResourceMethod().getAnnotation(Access.class);
        if (onMethod != null) {
            return Optional.of(onMethod.value());
        }
        Access onClass = resource.getResourceClass().getAnnotation(Access.class);
        return Optional.ofNullable(onClass).map(Access::value);
    }
}
