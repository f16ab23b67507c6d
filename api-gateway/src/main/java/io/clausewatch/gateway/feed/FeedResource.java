package io.clausewatch.gateway.feed;

import io.clausewatch.events.DocumentChanged;
import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.ChangePage;
import io.clausewatch.gateway.backend.Changes;
import io.clausewatch.gateway.rest.ChangeResource;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change list as an Atom feed, with the same filters as {@code GET /api/v1/changes}. */
@Path("/api/v1/feeds/changes.atom")
@Access(Role.READER)
@Tag(name = "Feeds")
public class FeedResource {

    static final String ATOM = "application/atom+xml";

    private final Changes changes;

    public FeedResource(Changes changes) {
        this.changes = changes;
    }

    @GET
    @Produces(ATOM)
    @Operation(
            summary = "Changes as an Atom feed",
            description =
                    "Entry ids are stable (`urn:clausewatch:change:<changeId>`). Answers 304 to"
                            + " If-Modified-Since when nothing newer was recorded.")
    public Response feed(
            @Valid @BeanParam ChangeResource.ChangeFilters filters,
            @Context Request request,
            @Context UriInfo uri) {
        Map<String, String> query = filters.query();
        query.putIfAbsent("limit", "50");
        ChangePage page = changes.list(query);
        Instant updated = lastModified(page);

        Response.ResponseBuilder notModified = request.evaluatePreconditions(Date.from(updated));
        if (notModified != null) {
            return notModified.build();
        }
        String site = uri.getBaseUri().toString();
        String self = uri.getRequestUri().toString();
        return Response.ok(AtomWriter.write(self, site, updated, page.items()), ATOM)
                .lastModified(Date.from(updated))
                .build();
    }

    private static Instant lastModified(ChangePage page) {
        // HTTP dates have whole seconds; a finer instant would never compare equal.
        return page.items().stream()
                .map(DocumentChanged::capturedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
    }
}
