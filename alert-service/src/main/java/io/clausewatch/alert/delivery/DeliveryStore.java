package io.clausewatch.alert.delivery;

import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.config.AlertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery queue in Postgres. Claims take due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and stamp a lease and the claiming replica on them, so replicas share the queue and a crashed
 * replica's deliveries come back once their lease ends, or at once when that replica restarts. Each
 * statement commits on its own.
 */
@ApplicationScoped
public class DeliveryStore {

    private static final String CLAIM =
            """
            with claimed as (
              select c.id from subscription s
              cross join lateral (
                select d.id from delivery d
                where d.subscription_id = s.id and d.status = 'pending'
                  and d.next_attempt_at <= now()
                  and (d.lease_until is null or d.lease_until < now())
                order by d.next_attempt_at, d.seq
                limit ?
                for update of d skip locked
              ) c
              where s.state = 'active' and s.deleted_at is null and s.id <> all(?)
              limit ?
            )
            update delivery d set lease_until = now() + ?::interval, lease_holder = ?
            from claimed where d.id = claimed.id
            returning d.id, d.subscription_id
            """;

    private static final String RELEASE =
            "update delivery set lease_until = null where id = any(?)";

    private static final String RELEASE_HELD_BY =
            """
            update delivery set lease_until = null
            where lease_holder = ? and lease_until > now() and status = 'pending'
            """;

    // The heads of the waiting chains are computed once, as an array, and the rows are then found
    // by key: a join here let the planner, on statistics that lag a fast-growing queue, re-scan
    // every waiting row once per queued row (24 s for 2,000 queued rows, measured).
    private static final String PROMOTE_STRANDED =
            """
            update delivery q set status = 'pending', next_attempt_at = greatest(q.next_attempt_at, now())
            where q.status = 'queued' and q.id = any(array(
              select head.id from (
                select distinct on (w.subscription_id, w.order_key) w.id, w.status
                from delivery w
                where w.status in ('pending', 'queued')
                order by w.subscription_id, w.order_key, w.seq
              ) head
              where head.status = 'queued'))
            """;

    private static final String LOAD_JOBS =
            """
            select d.id, d.subscription_id, d.order_key, d.attempts, s.url, s.secret, s.previous_secret,
                   s.previous_secret_until, e.event_id, e.event_type, e.body, e.occurred_at
            from delivery d
            join subscription s on s.id = d.subscription_id
            join webhook_event e on e.event_id = d.event_id
            where d.id = any(?)
            order by d.seq
            """;

    private final AgroalDataSource dataSource;
    private final String holder;

    public DeliveryStore(
            AgroalDataSource dataSource,
            AlertConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort) {
        this.dataSource = dataSource;
        this.holder = config.instanceId().orElseGet(() -> hostName() + ":" + httpPort);
    }

    /** HOSTNAME where the runtime sets it (the pod name on Kubernetes), else the machine's name. */
    private static String hostName() {
        String hostname = System.getenv("HOSTNAME");
        if (hostname != null && !hostname.isBlank()) {
            return hostname.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /**
     * Ends the leases this replica held before it stopped (it crashed mid-attempt, or was killed):
     * their deliveries become claimable at once, and go again under the same {@code webhook-id}.
     * Called before this replica claims anything, so none of the released leases is live.
     *
     * @return how many deliveries were released
     */
    public int releaseLeasesOfEarlierRun() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE_HELD_BY)) {
            release.setString(1, holder);
            return release.executeUpdate();
        }
    }

    /**
     * Claims up to {@code limit} due deliveries, at most {@code perEndpoint} per subscription, or
     * what {@code room} says for a subscription listed there (less when this replica already has
     * attempts in flight there or backs off from it; none when zero). Only the earliest undelivered
     * delivery of each (subscription, document) is ever claimable, which keeps deliveries of a
     * document in order.
     */
    public List<DeliveryJob> claim(
            int limit, int perEndpoint, Map<String, Integer> room, Duration lease)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> ids = claimIds(connection, limit, perEndpoint, room, lease);
            return ids.isEmpty() ? List.of() : loadJobs(connection, ids);
        }
    }

    /**
     * Makes claimable the waiting deliveries whose predecessors are all done. Completion promotes
     * its successor directly; this catches a successor inserted while its predecessor completed.
     */
    public int promoteStranded() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement promote = connection.prepareStatement(PROMOTE_STRANDED)) {
            return promote.executeUpdate();
        }
    }

    private List<String> claimIds(
            Connection connection,
            int limit,
            int perEndpoint,
            Map<String, Integer> room,
            Duration lease)
            throws SQLException {
        List<String> full =
                room.entrySet().stream()
                        .filter(e -> e.getValue() <= 0)
                        .map(Map.Entry::getKey)
                        .toList();
        List<String> ids = new ArrayList<>();
        List<String> over = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, perEndpoint);
            claim.setArray(2, connection.createArrayOf("varchar", full.toArray()));
            claim.setInt(3, limit);
            claim.setString(4, lease.toMillis() + " milliseconds");
            claim.setString(5, holder);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    String subscription = rows.getString(2);
                    int free = room.getOrDefault(subscription, perEndpoint);
                    int count = taken.merge(subscription, 1, Integer::sum);
                    (count <= free ? ids : over).add(rows.getString(1));
                }
            }
        }
        release(connection, over);
        return ids;
    }

    private static void release(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            release.executeUpdate();
        }
    }

    private List<DeliveryJob> loadJobs(Connection connection, List<String> ids)
            throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement load = connection.prepareStatement(LOAD_JOBS)) {
            Array array = connection.createArrayOf("varchar", ids.toArray());
            load.setArray(1, array);
            List<DeliveryJob> jobs = new ArrayList<>(ids.size());
            try (ResultSet rows = load.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows, now));
                }
            }
            return jobs;
        }
    }

    private static DeliveryJob job(ResultSet rows, Instant now) throws SQLException {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(rows.getString("secret"));
        Timestamp previousUntil = rows.getTimestamp("previous_secret_until");
        String previous = rows.getString("previous_secret");
        if (previous != null && previousUntil != null && previousUntil.toInstant().isAfter(now)) {
            secrets.add(previous);
        }
        return new DeliveryJob(
                rows.getString("id"),
                rows.getString("subscription_id"),
                rows.getString("order_key"),
                rows.getString("url"),
                secrets,
                rows.getString("event_id"),
                rows.getString("event_type"),
                rows.getString("body"),
                rows.getInt("attempts"),
                rows.getTimestamp("occurred_at").toInstant());
    }
}
