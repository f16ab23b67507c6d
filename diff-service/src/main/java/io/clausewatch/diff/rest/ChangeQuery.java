package io.clausewatch.diff.rest;

import io.clausewatch.diff.analysis.Significance;
import io.clausewatch.diff.domain.DocumentChange;
import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Finds changes by filters, newest first, one keyset page at a time. */
@ApplicationScoped
public class ChangeQuery {

    private final EntityManager entityManager;

    public ChangeQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The filters of {@code GET /changes}; null fields do not filter. */
    public record Filter(
            String platform,
            String document,
            String type,
            String topic,
            String regulation,
            Significance least,
            Instant since,
            Instant until) {}

    public Page<ListedChange> find(Filter filter, Cursor cursor, int limit) {
        // Only the columns of the event: the detail (the full analysis, often many kilobytes) is
        // never read for a list, and scalar rows are not managed entities to dirty-check.
        StringBuilder sql =
                new StringBuilder("select " + LIST_COLUMNS + " from document_change c where true");
        List<Object> args = new ArrayList<>();
        condition(sql, args, filter.platform(), " and c.platform = ?");
        condition(sql, args, filter.document(), " and c.document_id = ?");
        condition(sql, args, filter.type(), " and c.document_type = ?");
        condition(
                sql,
                args,
                filter.topic(),
                " and exists (select 1 from change_topic t where t.change_id = c.change_id and t.topic = ?)");
        condition(
                sql,
                args,
                filter.regulation() == null ? null : filter.regulation() + "%",
                " and exists (select 1 from change_regulation r where r.change_id = c.change_id and r.regulation ilike ?)");
        condition(
                sql,
                args,
                filter.least() == null ? null : (short) filter.least().rank(),
                " and c.significance_rank >= ?");
        condition(sql, args, filter.since(), " and c.captured_at >= ?");
        condition(sql, args, filter.until(), " and c.captured_at < ?");
        if (cursor != null) {
            int n = args.size();
            sql.append(" and (c.captured_at, c.change_id) < (?" + (n + 1) + ", ?" + (n + 2) + ")");
            args.add(cursor.capturedAt());
            args.add(cursor.id());
        }
        sql.append(" order by c.captured_at desc, c.change_id desc limit ").append(limit + 1);

        Query query = entityManager.createNativeQuery(sql.toString(), Object[].class);
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return page(rows.stream().map(ChangeQuery::fromColumns).toList(), limit);
    }

    private static final String LIST_COLUMNS =
            "c.change_id, c.document_id, c.platform, c.document_type, c.from_version,"
                    + " c.to_version, c.captured_at, c.significance, c.historical, c.flapping,"
                    + " c.summary";

    private static ListedChange fromColumns(Object[] r) {
        return new ListedChange(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(),
                instant(r[6]),
                (String) r[7],
                (Boolean) r[8],
                (Boolean) r[9],
                (String) r[10]);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            default -> throw new IllegalStateException("captured_at as " + value.getClass());
        };
    }

    private static Page<ListedChange> page(List<ListedChange> rows, int limit) {
        boolean more = rows.size() > limit;
        List<ListedChange> shown = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ListedChange last = shown.get(shown.size() - 1);
            next = new Cursor(last.capturedAt(), last.changeId()).encode();
        }
        return new Page<>(shown, next);
    }

    private static void condition(
            StringBuilder sql, List<Object> args, Object value, String clause) {
        if (value != null) {
            sql.append(clause.replace("?", "?" + (args.size() + 1)));
            args.add(value);
        }
    }

    public static DocumentChanged toEvent(DocumentChange row) {
        return new DocumentChanged(
                row.changeId,
                row.documentId,
                row.platform,
                row.documentType,
                row.fromVersion,
                row.toVersion,
                row.capturedAt,
                row.significance,
                row.historical,
                row.flapping,
                EventJson.read(row.summary, ChangeSummary.class));
    }
}
