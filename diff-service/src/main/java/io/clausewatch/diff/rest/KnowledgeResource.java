package io.clausewatch.diff.rest;

import io.clausewatch.diff.analysis.Taxonomy;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Questions across documents: the taxonomy, a topic on every platform, clause history, search. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    /** The version of each document in force at an instant. */
    private static final String IN_FORCE =
            "select distinct on (document_id) id from document_version where captured_at <= ?1"
                    + " order by document_id, number desc";

    /** The longest search query taken; the gateway allows 200 characters. */
    static final int MAX_QUERY = 1000;

    private final Taxonomy taxonomy;
    private final EntityManager entityManager;

    public KnowledgeResource(Taxonomy taxonomy, EntityManager entityManager) {
        this.taxonomy = taxonomy;
        this.entityManager = entityManager;
    }

    /** A topic of the taxonomy as the API lists it. */
    public record TopicView(String id, String label, List<String> regulations) {}

    /** One provision that touches a topic, in the version of its document in force. */
    public record TopicProvision(
            String documentId,
            String platform,
            int version,
            String provisionId,
            String path,
            String text) {}

    public record TopicAnswer(
            String topic,
            String label,
            List<String> regulations,
            Instant asOf,
            List<TopicProvision> provisions) {}

    public record HistoryEntry(int version, Instant capturedAt, String path, String text) {}

    public record ProvisionHistory(
            String provisionId, String documentId, List<HistoryEntry> history) {}

    public record SearchHit(
            String documentId,
            int version,
            String provisionId,
            String path,
            double rank,
            String highlight) {}

    @GET
    @Path("topics")
    public Page<TopicView> topics() {
        return new Page<>(
                taxonomy.topics().stream()
                        .map(t -> new TopicView(t.id(), t.label(), t.regulations()))
                        .toList(),
                null);
    }

    @GET
    @Path("topics/{topic}")
    @Transactional
    public TopicAnswer topic(@PathParam("topic") String topicId, @QueryParam("as_of") String asOf) {
        Taxonomy.Topic topic = taxonomy.topic(topicId);
        if (topic == null) {
            throw ProblemException.notFound("No topic " + topicId + "; GET /topics lists them.");
        }
        Instant at = asOf == null || asOf.isBlank() ? Instant.now() : endOfDay(asOf);
        List<Object[]> rows =
                rows(
                        "select p.document_id, p.platform, p.version_number, p.provision_id, p.path, p.text from provision p"
                                + " where p.version_id in ("
                                + IN_FORCE
                                + ") and p.topics like ?2"
                                + " order by p.document_id, p.ordinal limit 2000",
                        Timestamp.from(at),
                        "%," + topicId + ",%");
        List<TopicProvision> provisions = new ArrayList<>();
        for (Object[] r : rows) {
            provisions.add(
                    new TopicProvision(
                            (String) r[0],
                            (String) r[1],
                            ((Number) r[2]).intValue(),
                            (String) r[3],
                            (String) r[4],
                            (String) r[5]));
        }
        return new TopicAnswer(topic.id(), topic.label(), topic.regulations(), at, provisions);
    }

    @GET
    @Path("provisions/{id}/history")
    @Transactional
    public ProvisionHistory history(@PathParam("id") String provisionId) {
        List<Object[]> rows =
                rows(
                        "select p.document_id, p.version_number, v.captured_at, p.path, p.text from provision p"
                                + " join document_version v on v.id = p.version_id"
                                + " where p.provision_id = ?1 order by p.version_number",
                        provisionId);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No provision " + provisionId + ".");
        }
        List<HistoryEntry> history = new ArrayList<>();
        String last = null;
        for (Object[] r : rows) {
            String text = (String) r[4];
            if (!text.equals(last)) {
                history.add(
                        new HistoryEntry(
                                ((Number) r[1]).intValue(), toInstant(r[2]), (String) r[3], text));
            }
            last = text;
        }
        return new ProvisionHistory(provisionId, (String) rows.get(0)[0], history);
    }

    @GET
    @Path("search")
    @Transactional
    public Page<SearchHit> search(
            @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        if (q == null || q.isBlank()) {
            throw Params.invalid("q", "is required");
        }
        if (q.length() > MAX_QUERY) {
            throw Params.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        // Postgres text cannot hold a NUL, and other control characters are never words: refuse
        // them here rather than let the query fail in the database.
        if (q.chars().anyMatch(Character::isISOControl)) {
            throw Params.invalid("q", "must not contain control characters");
        }
        int size = Params.limit(limit);
        Cursor after = Cursor.decode(cursor);
        int offset = after == null ? 0 : offset(after.id());
        List<Object[]> rows =
                rows(
                        "select p.document_id, p.version_number, p.provision_id, p.path, ts_rank(p.search, q) as rank,"
                                + " ts_headline('english', left(p.text, 20000), q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2')"
                                + " from provision p, websearch_to_tsquery('english', ?1) q"
                                + " where p.search @@ q and p.version_id in ("
                                + IN_FORCE.replace("?1", "?2")
                                + ")"
                                + " order by rank desc, p.document_id, p.ordinal offset ?3 limit ?4",
                        q,
                        Timestamp.from(Instant.now()),
                        offset,
                        size + 1);
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            hits.add(
                    new SearchHit(
                            (String) r[0],
                            ((Number) r[1]).intValue(),
                            (String) r[2],
                            (String) r[3],
                            ((Number) r[4]).doubleValue(),
                            (String) r[5]));
        }
        String next =
                rows.size() > size
                        ? new Cursor(Instant.EPOCH, Integer.toString(offset + size)).encode()
                        : null;
        return new Page<>(hits, next);
    }

    private static int offset(String value) {
        try {
            int offset = Integer.parseInt(value);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Params.invalid("cursor", "is not a cursor this service issued");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... args) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query.getResultList();
    }

    private static Instant endOfDay(String value) {
        Instant instant = Params.instant("as_of", value);
        return value.strip().length() == 10
                ? LocalDate.parse(value.strip())
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1)
                : instant;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
