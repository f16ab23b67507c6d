package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.ChangePages;
import io.clausewatch.gateway.backend.DiffClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What changed: every recorded change of every watched document, newest first. */
@Path("/api/v1/changes")
@Access(Role.READER)
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final DiffClient diff;
    private final Backends backends;
    private final ChangePages pages;

    public ChangeResource(@RestClient DiffClient diff, Backends backends, ChangePages pages) {
        this.diff = diff;
        this.backends = backends;
        this.pages = pages;
    }

    @GET
    @Operation(
            summary = "List changes",
            description =
                    "Newest first. Filters combine with AND; `next` is the cursor of the next page,"
                            + " null on the last one.")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.CHANGES)))
    public Response list(@jakarta.validation.Valid @jakarta.ws.rs.BeanParam ChangeFilters filters) {
        Map<String, String> query = filters.query();
        return pages.get(query, () -> backends.await("diff", () -> diff.changes(query)))
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One change, with its provision-level summary")
    @APIResponse(
            responseCode = "200",
            description = "The change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "change", value = Examples.CHANGE)))
    @APIResponse(responseCode = "404", description = "No such change")
    public Response get(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        return backends.relay("diff", () -> diff.change(id));
    }

    /** The filters of a change list, shared by the JSON list and the Atom feed. */
    public static class ChangeFilters {
        @QueryParam("platform")
        @Pattern(regexp = Ids.SLUG)
        public String platform;

        @QueryParam("document")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}/[a-z0-9][a-z0-9._-]{0,99}")
        public String document;

        @QueryParam("type")
        @Pattern(regexp = Ids.SLUG)
        public String type;

        @QueryParam("topic")
        @Pattern(regexp = Ids.SLUG)
        public String topic;

        @QueryParam("regulation")
        @jakarta.validation.constraints.Size(max = 100)
        public String regulation;

        @QueryParam("significance")
        @Pattern(regexp = "cosmetic|minor|substantive")
        public String significance;

        @QueryParam("since")
        @Pattern(regexp = Examples.DATE_OR_INSTANT, message = "must be an ISO date or instant")
        public String since;

        @QueryParam("until")
        @Pattern(regexp = Examples.DATE_OR_INSTANT, message = "must be an ISO date or instant")
        public String until;

        @QueryParam("limit")
        @Min(1)
        @Max(200)
        public Integer limit;

        @QueryParam("cursor")
        @jakarta.validation.constraints.Size(max = 500)
        public String cursor;

        /** The filters the client sent, as the query of a call to diff-service. */
        public java.util.Map<String, String> query() {
            return Query.of()
                    .put("platform", platform)
                    .put("document", document)
                    .put("type", type)
                    .put("topic", topic)
                    .put("regulation", regulation)
                    .put("significance", significance)
                    .put("since", since)
                    .put("until", until)
                    .put("limit", limit)
                    .put("cursor", cursor)
                    .map();
        }
    }
}
