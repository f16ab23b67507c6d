package io.clausewatch.alert.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The delivery queue in Postgres. Claims take due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and stamp a lease on them, so replicas share the queue and a crashed replica's deliveries come
 * back once their lease ends. Callers run these methods inside a transaction.
 */
@ApplicationScoped
public class DeliveryStore {

    private static final String CLAIM =
            """
            update delivery d set lease_until = now() + ?::interval
            from (
              select c.id from delivery c
              join subscription s on s.id = c.subscription_id
              where c.id in (
                select r.id from (
                  select p.id, p.subscription_id,
                         row_number() over (partition by p.subscription_id
                                            order by p.next_attempt_at, p.seq) as rank
                  from delivery p
                  where p.status = 'pending' and p.next_attempt_at <= now()
                    and (p.lease_until is null or p.lease_until < now())
                    and not exists (
                      select 1 from delivery e
                      where e.subscription_id = p.subscription_id
                        and e.order_key = p.order_key
                        and e.status = 'pending' and e.seq < p.seq)
                ) r
                left join unnest(?::varchar[], ?::int[]) as busy(subscription_id, in_flight)
                  on busy.subscription_id = r.subscription_id
                where r.rank <= ? - coalesce(busy.in_flight, 0))
                and s.state = 'active' and s.deleted_at is null
                and c.status = 'pending' and (c.lease_until is null or c.lease_until < now())
              order by c.next_attempt_at, c.seq
              limit ?
              for update of c skip locked
            ) claimed
            where d.id = claimed.id
            returning d.id
            """;

    private static final String LOAD_JOBS =
            """
            select d.id, d.subscription_id, d.attempts, s.url, s.secret, s.previous_secret,
                   s.previous_secret_until, e.event_id, e.event_type, e.body, e.occurred_at
            from delivery d
            join subscription s on s.id = d.subscription_id
            join webhook_event e on e.event_id = d.event_id
            where d.id = any(?)
            order by d.seq
            """;

    private final AgroalDataSource dataSource;

    public DeliveryStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims up to {@code limit} due deliveries, at most {@code perEndpoint} per subscription less
     * what this replica already has in flight there, the earliest pending one of each
     * (subscription, document) only.
     */
    public List<DeliveryJob> claim(
            int limit, int perEndpoint, Map<String, Integer> inFlight, Duration lease)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> ids = claimIds(connection, limit, perEndpoint, inFlight, lease);
            return ids.isEmpty() ? List.of() : loadJobs(connection, ids);
        }
    }

    private List<String> claimIds(
            Connection connection,
            int limit,
            int perEndpoint,
            Map<String, Integer> inFlight,
            Duration lease)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, lease.toMillis() + " milliseconds");
            claim.setArray(2, connection.createArrayOf("varchar", inFlight.keySet().toArray()));
            claim.setArray(3, connection.createArrayOf("int4", inFlight.values().toArray()));
            claim.setInt(4, perEndpoint);
            claim.setInt(5, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
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
                rows.getString("url"),
                secrets,
                rows.getString("event_id"),
                rows.getString("event_type"),
                rows.getString("body"),
                rows.getInt("attempts"),
                rows.getTimestamp("occurred_at").toInstant());
    }
}
