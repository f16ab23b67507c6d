package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.gateway.backend.BackendUnavailable;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.ChangePage;
import io.clausewatch.gateway.backend.Changes;
import io.clausewatch.gateway.backend.DiffClient;
import io.clausewatch.gateway.backend.Reply;
import io.clausewatch.kit.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The pages people read. Public and read-only; each page is one or two internal calls. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Web UI")
public class UiResource {

    private static final String SLUG = "[a-z0-9][a-z0-9._-]{0,99}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(
                List<ChangeCard> changes,
                String platform,
                String significance,
                String topic,
                String next);

        static native TemplateInstance change(
                ChangeCard change, List<ProvisionDiff> provisions, boolean truncated);

        static native TemplateInstance document(
                String documentId, String platform, String type, List<ChangeCard> changes);

        static native TemplateInstance topics(List<TopicLink> topics, String asOf);

        static native TemplateInstance topic(TopicView view);

        static native TemplateInstance search(String q, List<SearchHit> hits);

        static native TemplateInstance error(int status, String message);
    }

    private final Changes changes;
    private final DiffClient diff;
    private final Backends backends;
    private final ObjectMapper json;

    public UiResource(
            Changes changes, @RestClient DiffClient diff, Backends backends, ObjectMapper json) {
        this.changes = changes;
        this.diff = diff;
        this.backends = backends;
        this.json = json;
    }

    @GET
    @Operation(hidden = true)
    public Response recent(
            @QueryParam("platform") String platform,
            @QueryParam("significance") String significance,
            @QueryParam("topic") String topic,
            @QueryParam("cursor") String cursor) {
        return page(
                () -> {
                    Map<String, String> filters = new LinkedHashMap<>();
                    putIfSlug(filters, "platform", platform);
                    putIfSlug(filters, "significance", significance);
                    putIfSlug(filters, "topic", topic);
                    if (cursor != null && cursor.length() < 500) {
                        filters.put("cursor", cursor);
                    }
                    filters.put("limit", "50");
                    ChangePage found = changes.list(filters);
                    return Templates.changes(
                            cards(found.items()), platform, significance, topic, found.next());
                });
    }

    @GET
    @Path("/changes/{id}")
    @Operation(hidden = true)
    public Response change(@PathParam("id") String id) {
        return page(
                () -> {
                    JsonNode body = read(backends.call("diff", () -> diff.change(id)));
                    DocumentChanged change = EventJson.read(body.toString(), DocumentChanged.class);
                    JsonNode provisions =
                            body.path("provisions").isArray()
                                    ? body.path("provisions")
                                    : body.path("summary").path("provisions");
                    List<ProvisionDiff> diffs = new ArrayList<>();
                    provisions.forEach(provision -> diffs.add(ProvisionDiff.of(provision)));
                    boolean truncated =
                            !body.path("provisions").isArray()
                                    && body.path("summary").path("truncated").asBoolean(false);
                    return Templates.change(ChangeCard.of(change), diffs, truncated);
                });
    }

    @GET
    @Path("/documents/{platform}/{type}")
    @Operation(hidden = true)
    public Response document(
            @PathParam("platform") String platform, @PathParam("type") String type) {
        return page(
                () -> {
                    requireSlug(platform);
                    requireSlug(type);
                    String documentId = platform + "/" + type;
                    ChangePage found = changes.list(Map.of("document", documentId, "limit", "200"));
                    return Templates.document(documentId, platform, type, cards(found.items()));
                });
    }

    @GET
    @Path("/topics")
    @Operation(hidden = true)
    public Response topics() {
        return page(
                () -> {
                    JsonNode body = read(backends.call("diff", diff::topics));
                    List<TopicLink> topics = new ArrayList<>();
                    body.path("items").forEach(item -> topics.add(TopicLink.of(item)));
                    return Templates.topics(topics, LocalDate.now().toString());
                });
    }

    @GET
    @Path("/topics/{topic}")
    @Operation(hidden = true)
    public Response topic(@PathParam("topic") String topic, @QueryParam("as_of") String asOf) {
        return page(
                () -> {
                    requireSlug(topic);
                    String date =
                            asOf == null || asOf.isBlank() ? LocalDate.now().toString() : asOf;
                    if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw ProblemException.badRequest("The date must look like 2026-12-01.");
                    }
                    JsonNode body =
                            read(
                                    backends.call(
                                            "diff",
                                            () -> diff.topic(topic, Map.of("as_of", date))));
                    return Templates.topic(TopicView.of(topic, date, body));
                });
    }

    @GET
    @Path("/search")
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q) {
        return page(
                () -> {
                    if (q == null || q.isBlank()) {
                        return Templates.search("", List.of());
                    }
                    // Control characters are never words (and a NUL cannot reach Postgres).
                    String cleaned = q.replaceAll("\\p{Cntrl}", " ").strip();
                    String query = cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
                    if (query.isEmpty()) {
                        return Templates.search("", List.of());
                    }
                    JsonNode body =
                            read(backends.call("diff", () -> diff.search(Map.of("q", query))));
                    List<SearchHit> hits = new ArrayList<>();
                    body.path("items").forEach(hit -> hits.add(SearchHit.of(hit, query)));
                    return Templates.search(query, hits);
                });
    }

    private Response page(Supplier<TemplateInstance> render) {
        try {
            return Response.ok(render.get()).type(MediaType.TEXT_HTML_TYPE).build();
        } catch (BackendUnavailable e) {
            return error(503, "Part of Clausewatch is not answering right now. Try again shortly.");
        } catch (ProblemException e) {
            return error(e.problem().status(), e.problem().detail());
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status)
                .entity(Templates.error(status, message))
                .type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private JsonNode read(Reply reply) {
        if (reply.status() == 404) {
            throw ProblemException.notFound("There is nothing at this address.");
        }
        if (!reply.ok()) {
            throw ProblemException.badRequest("That request could not be answered.");
        }
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            throw ProblemException.badRequest("That request could not be answered.");
        }
    }

    private static List<ChangeCard> cards(List<DocumentChanged> changes) {
        return changes.stream().map(ChangeCard::of).toList();
    }

    private static void putIfSlug(Map<String, String> into, String name, String value) {
        if (value != null && value.matches(SLUG)) {
            into.put(name, value);
        }
    }

    private static void requireSlug(String value) {
        if (!value.matches(SLUG)) {
            throw ProblemException.notFound("There is nothing at this address.");
        }
    }
}
