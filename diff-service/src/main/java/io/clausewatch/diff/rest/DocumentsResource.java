package io.clausewatch.diff.rest;

import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.HashChainCheck;
import io.clausewatch.diff.analysis.Renderings;
import io.clausewatch.diff.domain.DocumentVersion;
import io.clausewatch.diff.service.DocumentQueries;
import io.clausewatch.diff.service.IncomingText;
import io.clausewatch.diff.service.RecordOutcome;
import io.clausewatch.diff.service.VersionRecorder;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One document's versions, texts, diffs and chain, and the import of historical versions. */
@Path("/documents/{platform}/{type}")
public class DocumentsResource {

    private static final String MARKDOWN = "text/markdown";

    private final DocumentQueries queries;
    private final VersionRecorder recorder;

    public DocumentsResource(DocumentQueries queries, VersionRecorder recorder) {
        this.queries = queries;
        this.recorder = recorder;
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Page<VersionView> versions(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        String documentId = documentId(platform, type);
        queries.requireDocument(documentId);
        int size = Params.limit(limit);
        Cursor after = Cursor.decode(cursor);
        int from = after == null ? 0 : Integer.parseInt(after.id());
        List<DocumentVersion> rows =
                DocumentVersion.find(
                                "documentId = ?1 and number > ?2 order by number", documentId, from)
                        .page(0, size + 1)
                        .list();
        boolean more = rows.size() > size;
        List<DocumentVersion> shown = more ? rows.subList(0, size) : rows;
        String next =
                more
                        ? new Cursor(
                                        shown.get(size - 1).capturedAt,
                                        Integer.toString(shown.get(size - 1).number))
                                .encode()
                        : null;
        return new Page<>(shown.stream().map(v -> VersionView.of(v, false)).toList(), next);
    }

    @GET
    @Path("/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Transactional
    public Response version(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @PathParam("n") String n,
            @HeaderParam("Accept") String accept,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        DocumentVersion version =
                queries.version(documentId(platform, type), Params.positive("n", n));
        return represent(version, accept, ifNoneMatch);
    }

    @GET
    @Path("/as-of")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Transactional
    public Response asOf(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @QueryParam("date") String date,
            @HeaderParam("Accept") String accept) {
        String documentId = documentId(platform, type);
        queries.requireDocument(documentId);
        Instant instant = endOf("date", date);
        DocumentVersion version =
                DocumentVersion.asOf(documentId, instant)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "Document "
                                                        + documentId
                                                        + " had no version on "
                                                        + date
                                                        + "."));
        return represent(version, accept, null);
    }

    @GET
    @Path("/diff")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Transactional
    public Response diff(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format) {
        String documentId = documentId(platform, type);
        DocumentVersion old = queries.version(documentId, Params.positive("from", from));
        DocumentVersion now = queries.version(documentId, Params.positive("to", to));
        String chosen = format == null || format.isBlank() ? "json" : format.strip();
        return switch (chosen) {
            case "json" ->
                    Response.ok(
                                    diffJson(documentId, old, now, queries.compare(old, now)),
                                    MediaType.APPLICATION_JSON)
                            .build();
            case "unified" ->
                    Response.ok(
                                    Renderings.unified(
                                            old.text,
                                            now.text,
                                            documentId + "@v" + old.number,
                                            documentId + "@v" + now.number),
                                    MediaType.TEXT_PLAIN + ";charset=utf-8")
                            .build();
            case "html" ->
                    Response.ok(
                                    Renderings.sideBySide(
                                            documentId + ": v" + old.number + " → v" + now.number,
                                            queries.compare(old, now)),
                                    MediaType.TEXT_HTML + ";charset=utf-8")
                            .build();
            default -> throw Params.invalid("format", "must be json, unified or html");
        };
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public HashChainCheck.Result verify(
            @PathParam("platform") String platform, @PathParam("type") String type) {
        return queries.verify(documentId(platform, type));
    }

    @POST
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importVersion(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            ImportRequest request) {
        String documentId = documentId(platform, type);
        if (request == null || request.text() == null) {
            throw Params.invalid("text", "is required");
        }
        if (request.capturedAt() == null) {
            throw Params.invalid("capturedAt", "is required, as an ISO-8601 instant");
        }
        boolean historical = request.historical() == null || request.historical();
        RecordOutcome outcome =
                recorder.record(
                        new IncomingText(
                                documentId,
                                platform,
                                type,
                                request.capturedAt(),
                                List.of(),
                                request.text(),
                                null,
                                historical,
                                false));
        if (RecordOutcome.STALE.equals(outcome.status())) {
            throw new ProblemException(
                    Problem.of(
                            Response.Status.CONFLICT,
                            "Document "
                                    + documentId
                                    + " already has a version captured after "
                                    + request.capturedAt()
                                    + "; import older versions first."));
        }
        Response.ResponseBuilder response =
                RecordOutcome.RECORDED.equals(outcome.status())
                        ? Response.created(
                                URI.create(
                                        "/documents/"
                                                + documentId
                                                + "/versions/"
                                                + outcome.version()))
                        : Response.ok();
        return response.entity(outcome).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response represent(DocumentVersion version, String accept, String ifNoneMatch) {
        boolean markdown =
                accept != null
                        && accept.contains(MARKDOWN)
                        && !accept.contains(MediaType.APPLICATION_JSON);
        EntityTag tag = new EntityTag(version.textSha256 + (markdown ? "" : "-json"));
        if (ifNoneMatch != null
                && (ifNoneMatch.contains("\"" + tag.getValue() + "\"")
                        || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified(tag).build();
        }
        Object body = markdown ? version.text : VersionView.of(version, true);
        return Response.ok(
                        body, markdown ? MARKDOWN + ";charset=utf-8" : MediaType.APPLICATION_JSON)
                .tag(tag)
                .build();
    }

    private static Map<String, Object> diffJson(
            String documentId, DocumentVersion old, DocumentVersion now, Analysis analysis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentId", documentId);
        body.put("from", old.number);
        body.put("to", now.number);
        body.put("significance", analysis.significance().id());
        body.put("linesAdded", analysis.linesAdded());
        body.put("linesRemoved", analysis.linesRemoved());
        body.put("topics", analysis.topics());
        body.put("regulations", analysis.regulations());
        body.put("signals", analysis.signals());
        body.put("provisions", analysis.changes());
        return body;
    }

    /** The end of a date (UTC) or an exact instant: the text in force then. */
    private static Instant endOf(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Params.invalid(field, "is required");
        }
        Instant start = Params.instant(field, value);
        return value.strip().length() == 10
                ? LocalDate.parse(value.strip())
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1)
                : start;
    }

    static String documentId(String platform, String type) {
        if (!DocumentIds.isValidSegment(platform)) {
            throw Params.invalid("platform", "must be lower-case letters, digits and hyphens");
        }
        if (!DocumentIds.isValidSegment(type)) {
            throw Params.invalid("type", "must be lower-case letters, digits and hyphens");
        }
        return DocumentIds.of(platform, type);
    }
}
