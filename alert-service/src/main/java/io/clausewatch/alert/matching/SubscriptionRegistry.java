package io.clausewatch.alert.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.domain.Filters;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Holds the matching index of active subscriptions. Loads everything at start, then reads only the
 * subscriptions changed since the last read (every second, with an overlap that covers transactions
 * committing late), so every replica sees an edit made on any other within seconds; edits made on
 * this replica apply at once.
 */
@ApplicationScoped
public class SubscriptionRegistry {

    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();
    private volatile SubscriptionIndex index = SubscriptionIndex.empty();
    private Instant readUpTo = Instant.EPOCH;

    public SubscriptionRegistry(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SubscriptionIndex index() {
        return index;
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
        Log.infof("subscription index loaded active=%d", index.size());
    }

    @Scheduled(
            every = "${clausewatch.alert.index-refresh:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select id, filters, state, deleted_at, now() as read_at"
                                        + " from subscription where updated_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(readUpTo.minus(OVERLAP)));
            Map<String, CompiledFilter> upserts = new HashMap<>();
            Set<String> removals = new HashSet<>();
            Instant readAt = null;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    readAt = rows.getTimestamp("read_at").toInstant();
                    collect(rows, upserts, removals);
                }
            }
            if (!upserts.isEmpty() || !removals.isEmpty()) {
                index = index.with(upserts, removals);
            }
            if (readAt != null) {
                readUpTo = readAt;
            }
        } catch (SQLException e) {
            Log.warnf("subscription index refresh failed, will retry: %s", e.getMessage());
        }
    }

    /** Applies an edit made on this replica at once, without waiting for the next refresh. */
    public synchronized void apply(String id, String state, Filters filters, boolean deleted) {
        if (deleted || !"active".equals(state)) {
            index = index.with(Map.of(), Set.of(id));
        } else {
            index = index.with(Map.of(id, CompiledFilter.of(filters)), Set.of());
        }
    }

    private void collect(ResultSet rows, Map<String, CompiledFilter> upserts, Set<String> removals)
            throws SQLException {
        String id = rows.getString("id");
        if (rows.getTimestamp("deleted_at") != null || !"active".equals(rows.getString("state"))) {
            removals.add(id);
            upserts.remove(id);
            return;
        }
        try {
            upserts.put(
                    id,
                    CompiledFilter.of(json.readValue(rows.getString("filters"), Filters.class)));
            removals.remove(id);
        } catch (JsonProcessingException e) {
            Log.errorf(e, "subscription filters unreadable, left out subscription=%s", id);
            removals.add(id);
        }
    }
}
