package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.DiffClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What the documents say: topics across platforms, a provision's history, full-text search. */
@Path("/api/v1")
@Access(Role.READER)
@Tag(name = "Meaning")
@Produces(MediaType.APPLICATION_JSON)
public class MeaningResource {

    private final DiffClient diff;
    private final Backends backends;

    public MeaningResource(@RestClient DiffClient diff, Backends backends) {
        this.diff = diff;
        this.backends = backends;
    }

    @GET
    @Path("/topics")
    @Operation(summary = "The topic taxonomy and the regulations each topic maps to")
    public Response topics() {
        return backends.relay("diff", diff::topics);
    }

    @GET
    @Path("/topics/{topic}")
    @Operation(
            summary = "How each platform handles a topic",
            description = "The provisions in force on `as_of` (default: today), per platform.")
    public Response topic(
            @PathParam("topic") @Pattern(regexp = Ids.SLUG) String topic,
            @QueryParam("as_of")
                    @Pattern(
                            regexp = Examples.DATE_OR_INSTANT,
                            message = "must be an ISO date or instant")
                    String asOf) {
        return backends.relay("diff", () -> diff.topic(topic, Query.of().put("as_of", asOf).map()));
    }

    @GET
    @Path("/provisions/{id}/history")
    @Operation(summary = "Every version of one provision, across edits and moves")
    public Response provisionHistory(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        return backends.relay("diff", () -> diff.provisionHistory(id));
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over provisions in force, ranked and highlighted")
    public Response search(
            @QueryParam("q")
                    @NotBlank
                    @Size(max = 200)
                    @Pattern(
                            regexp = "[^\\p{Cntrl}]*",
                            message = "must not contain control characters")
                    String q,
            @QueryParam("platform") @Pattern(regexp = Ids.SLUG) String platform,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit,
            @QueryParam("cursor") @Size(max = 500) String cursor) {
        Query query =
                Query.of()
                        .put("q", q)
                        .put("platform", platform)
                        .put("limit", limit)
                        .put("cursor", cursor);
        return backends.relay("diff", () -> diff.search(query.map()));
    }
}
