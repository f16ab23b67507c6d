package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.DiffClient;
import io.clausewatch.gateway.backend.Reply;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Every recorded version of a document, and diffs between any two. */
// Mounted at /api/v1 like CatalogResource: a class path of /api/v1/documents/{platform}/{type}
// would win the match for the catalog's own /documents/{platform}/{type} routes and hide them.
@Path("/api/v1")
@Access(Role.READER)
@Tag(name = "Versions")
public class VersionResource {

    static final String MARKDOWN = "text/markdown";
    private static final int YEAR_SECONDS = 31_536_000;

    private final DiffClient diff;
    private final Backends backends;

    public VersionResource(@RestClient DiffClient diff, Backends backends) {
        this.diff = diff;
        this.backends = backends;
    }

    @GET
    @Path("/documents/{platform}/{type}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a document's versions, newest first")
    public Response versions(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit,
            @QueryParam("cursor") @Size(max = 500) String cursor) {
        Query page = Query.of().put("limit", limit).put("cursor", cursor);
        return backends.relay("diff", () -> diff.versions(platform, type, page.map()));
    }

    @GET
    @Path("/documents/{platform}/{type}/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Operation(
            summary = "One version",
            description =
                    "JSON with metadata and text, or the canonical Markdown with `Accept:"
                            + " text/markdown`. A version never changes: strong ETag, cached for a"
                            + " year.")
    public Response version(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @PathParam("n") @Min(1) int number,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @jakarta.ws.rs.core.Context Request request) {
        String wanted =
                accept != null && accept.contains(MARKDOWN) ? MARKDOWN : MediaType.APPLICATION_JSON;
        Reply reply = backends.call("diff", () -> diff.version(platform, type, number, wanted));
        if (!reply.ok()) {
            return reply.toResponse();
        }
        EntityTag tag =
                new EntityTag(digest(reply.body()) + (wanted.equals(MARKDOWN) ? "-md" : ""));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer =
                notModified != null ? notModified : Response.fromResponse(reply.toResponse());
        return answer.tag(tag)
                .cacheControl(immutable())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @GET
    @Path("/documents/{platform}/{type}/as-of")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The version that was in force on a date")
    public Response asOf(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @QueryParam("date")
                    @NotNull
                    @Pattern(
                            regexp = Examples.DATE_OR_INSTANT,
                            message = "must be an ISO date or instant")
                    String date) {
        return backends.relay(
                "diff", () -> diff.asOf(platform, type, Query.of().put("date", date).map()));
    }

    @GET
    @Path("/documents/{platform}/{type}/diff")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(
            summary = "The difference between two versions",
            description = "`format` is json (provision by provision), unified or html.")
    public Response diff(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to,
            @QueryParam("format") @Pattern(regexp = "json|unified|html") String format) {
        Query query = Query.of().put("from", from).put("to", to).put("format", format);
        return backends.relay("diff", () -> diff.diff(platform, type, query.map()));
    }

    @GET
    @Path("/documents/{platform}/{type}/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the hash chain over the document's versions")
    public Response verify(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type) {
        return backends.relay("diff", () -> diff.verify(platform, type));
    }

    private static CacheControl immutable() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(YEAR_SECONDS);
        cache.getCacheExtension().put("immutable", null);
        cache.getCacheExtension().put("public", null);
        return cache;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
