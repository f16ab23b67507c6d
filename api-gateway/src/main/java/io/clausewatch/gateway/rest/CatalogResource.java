package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.CrawlerClient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The catalog: platforms, their documents and how their crawls are doing. */
@Path("/api/v1")
@Access(Role.READER)
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CrawlerClient crawler;
    private final Backends backends;

    public CatalogResource(@RestClient CrawlerClient crawler, Backends backends) {
        this.crawler = crawler;
        this.backends = backends;
    }

    @GET
    @Path("/platforms")
    @Operation(summary = "List watched platforms")
    public Response platforms() {
        return backends.relay("crawler", crawler::platforms);
    }

    @GET
    @Path("/platforms/{platform}")
    @Operation(summary = "One platform and its documents")
    public Response platform(@PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform) {
        return backends.relay("crawler", () -> crawler.platform(platform));
    }

    @GET
    @Path("/documents")
    @Operation(summary = "List watched documents", description = "Filter by platform and type.")
    public Response documents(
            @QueryParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @QueryParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @QueryParam("limit")
                    @jakarta.validation.constraints.Min(1)
                    @jakarta.validation.constraints.Max(200)
                    Integer limit,
            @QueryParam("cursor") @jakarta.validation.constraints.Size(max = 500) String cursor) {
        Query query =
                Query.of()
                        .put("platform", platform)
                        .put("type", type)
                        .put("limit", limit)
                        .put("cursor", cursor);
        return backends.relay("crawler", () -> crawler.documents(query.map()));
    }

    @GET
    @Path("/documents/{platform}/{type}")
    @Operation(summary = "One document with its crawl health")
    public Response document(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type) {
        return backends.relay("crawler", () -> crawler.document(platform, type));
    }

    @POST
    @Path("/documents")
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a document to watch (admin)")
    public Response create(@NotNull JsonNode document) {
        return backends.relay("crawler", () -> crawler.create(document.toString()));
    }

    @PUT
    @Path("/documents/{platform}/{type}")
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a document's URL, selectors or interval (admin)")
    public Response update(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type,
            @NotNull JsonNode document) {
        return backends.relay("crawler", () -> crawler.update(platform, type, document.toString()));
    }

    @DELETE
    @Path("/documents/{platform}/{type}")
    @Access(Role.ADMIN)
    @Operation(summary = "Stop watching a document; its history stays (admin)")
    public Response disable(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type) {
        return backends.relay("crawler", () -> crawler.disable(platform, type));
    }

    @POST
    @Path("/documents/{platform}/{type}/check")
    @Access(Role.ADMIN)
    @Operation(summary = "Crawl a document now (admin); answers 202")
    public Response check(
            @PathParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @PathParam("type") @Pattern(regexp = Ids.SLUG) String type) {
        return backends.relay("crawler", () -> crawler.check(platform, type));
    }
}
