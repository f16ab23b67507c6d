package io.clausewatch.alert.service;

import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.domain.Subscription;
import io.clausewatch.alert.rest.DeliveryView;
import io.clausewatch.alert.rest.DeliveryView.AttemptView;
import io.clausewatch.alert.rest.Page;
import io.clausewatch.alert.rest.StatsView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the delivery log and endpoint statistics of a subscription. */
@ApplicationScoped
public class DeliveryLog {

    private static final int ATTEMPTS_SHOWN = 10;

    private final AgroalDataSource dataSource;

    public DeliveryLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first; the cursor is the position of the last delivery shown. */
    public Page<DeliveryView> deliveries(String subscriptionId, int limit, Long before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select d.*, e.event_type from delivery d"
                                        + " join webhook_event e on e.event_id = d.event_id"
                                        + " where d.subscription_id = ? and d.seq < ?"
                                        + " order by d.seq desc limit ?")) {
            query.setString(1, subscriptionId);
            query.setLong(2, before == null ? Long.MAX_VALUE : before);
            query.setInt(3, limit + 1);
            List<DeliveryView> items = new ArrayList<>();
            long lastSeq = 0;
            boolean more = false;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    items.add(delivery(connection, rows));
                    lastSeq = rows.getLong("seq");
                }
            }
            return new Page<>(items, more ? Long.toString(lastSeq) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the delivery log", e);
        }
    }

    public StatsView stats(Subscription subscription) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> byStatus = countByStatus(connection, subscription.id);
            try (PreparedStatement query =
                    connection.prepareStatement(
                            "select count(*) as attempts,"
                                    + " count(*) filter (where error_class is null) as successes,"
                                    + " percentile_cont(0.5) within group (order by latency_ms) p50,"
                                    + " percentile_cont(0.95) within group (order by latency_ms) p95,"
                                    + " percentile_cont(0.99) within group (order by latency_ms) p99"
                                    + " from delivery_attempt where subscription_id = ?"
                                    + " and attempted_at > now() - interval '24 hours'")) {
                query.setString(1, subscription.id);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    long attempts = row.getLong("attempts");
                    long successes = row.getLong("successes");
                    return new StatsView(
                            subscription.id,
                            subscription.state,
                            subscription.disabledReason,
                            subscription.failingSince,
                            byStatus,
                            attempts,
                            attempts == 0 ? 0 : (double) successes / attempts,
                            (Double) row.getObject("p50"),
                            (Double) row.getObject("p95"),
                            (Double) row.getObject("p99"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read endpoint statistics", e);
        }
    }

    private static Map<String, Long> countByStatus(Connection connection, String subscriptionId)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("queued", "pending", "succeeded", "failed", "cancelled")) {
            counts.put(status, 0L);
        }
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select status, count(*) from delivery where subscription_id = ?"
                                + " group by status")) {
            query.setString(1, subscriptionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static DeliveryView delivery(Connection connection, ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new DeliveryView(
                id,
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("status"),
                row.getInt("attempts"),
                "pending".equals(row.getString("status")) ? instant(row, "next_attempt_at") : null,
                instant(row, "created_at"),
                instant(row, "completed_at"),
                row.getString("last_error"),
                attempts(connection, id));
    }

    private static List<AttemptView> attempts(Connection connection, String deliveryId)
            throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select * from delivery_attempt where delivery_id = ?"
                                + " order by id desc limit "
                                + ATTEMPTS_SHOWN)) {
            query.setString(1, deliveryId);
            List<AttemptView> attempts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.add(
                            new AttemptView(
                                    instant(rows, "attempted_at"),
                                    (Integer) rows.getObject("status_code"),
                                    rows.getInt("latency_ms"),
                                    rows.getString("error_class"),
                                    rows.getString("response_excerpt")));
                }
            }
            return attempts;
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
