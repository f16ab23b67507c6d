package io.clausewatch.alert.delivery;

import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.config.AlertConfig;
import io.clausewatch.events.DeliveryExhausted;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.Topics;
import io.clausewatch.kit.outbox.Outbox;
import io.clausewatch.kit.outbox.OutgoingEvent;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes what attempts came to: the attempt log, the delivery's next step (done, retry at a time,
 * or exhausted and dead-lettered through the outbox), and the endpoint's health (failing since
 * when, disabled and why). One transaction per batch of outcomes keeps the write rate far below the
 * send rate.
 */
@ApplicationScoped
public class OutcomeRecorder {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final RetrySchedule schedule;
    private final AlertConfig config;

    public OutcomeRecorder(AgroalDataSource dataSource, Outbox outbox, AlertConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
        this.schedule = RetrySchedule.parse(config.retrySchedule());
    }

    /** One attempt's job and result. */
    public record Outcome(DeliveryJob job, AttemptResult result) {}

    /** True when the database takes a trivial statement, so a failure is the data's own. */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ping = connection.prepareStatement("select 1")) {
            ping.execute();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public void record(List<Outcome> outcomes) {
        QuarkusTransaction.requiringNew().run(() -> write(outcomes));
    }

    private void write(List<Outcome> outcomes) {
        try (Connection connection = dataSource.getConnection()) {
            insertAttempts(connection, outcomes);
            List<DeliveryJob> finished = advance(connection, outcomes);
            promoteSuccessors(connection, finished);
            updateEndpointHealth(connection, outcomes);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record delivery outcomes", e);
        }
    }

    private void insertAttempts(Connection connection, List<Outcome> outcomes) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into delivery_attempt (delivery_id, subscription_id, attempted_at,"
                                + " status_code, latency_ms, error_class, response_excerpt)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Outcome outcome : outcomes) {
                AttemptResult result = outcome.result();
                insert.setString(1, outcome.job().webhookId());
                insert.setString(2, outcome.job().subscriptionId());
                insert.setTimestamp(3, Timestamp.from(result.attemptedAt()));
                setNullableInt(insert, 4, result.statusCode());
                insert.setInt(5, (int) Math.min(Integer.MAX_VALUE, result.latencyMillis()));
                insert.setString(6, result.errorClass());
                insert.setString(7, excerpt(result.responseExcerpt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Moves each delivery on; answers those that are finished (delivered or exhausted). */
    private List<DeliveryJob> advance(Connection connection, List<Outcome> outcomes)
            throws SQLException {
        List<DeliveryJob> finished = new ArrayList<>();
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update delivery set status = ?, attempts = ?, last_attempt_at = ?,"
                                + " last_status = ?, last_error = ?, lease_until = null,"
                                + " next_attempt_at = coalesce(?, next_attempt_at),"
                                + " completed_at = case when ? = 'pending' then null else now() end"
                                + " where id = ?")) {
            for (Outcome outcome : outcomes) {
                String status = bindAdvance(update, outcome);
                update.addBatch();
                if (!"pending".equals(status)) {
                    finished.add(outcome.job());
                }
                if ("failed".equals(status)) {
                    deadLetter(outcome.job(), outcome.result(), outcome.job().attemptsMade() + 1);
                }
            }
            update.executeBatch();
        }
        return finished;
    }

    private String bindAdvance(PreparedStatement update, Outcome outcome) throws SQLException {
        DeliveryJob job = outcome.job();
        AttemptResult result = outcome.result();
        int attempts = job.attemptsMade() + 1;
        Instant next =
                result.succeeded()
                        ? null
                        : schedule.nextAttempt(
                                attempts,
                                Instant.now(),
                                result.retryAfter(),
                                ThreadLocalRandom.current());
        String status = result.succeeded() ? "succeeded" : next == null ? "failed" : "pending";
        update.setString(1, status);
        update.setInt(2, attempts);
        update.setTimestamp(3, Timestamp.from(result.attemptedAt()));
        setNullableInt(update, 4, result.statusCode());
        update.setString(5, result.succeeded() ? null : truncate(result.describe(), 500));
        update.setTimestamp(6, next == null ? null : Timestamp.from(next));
        update.setString(7, status);
        update.setString(8, job.webhookId());
        return status;
    }

    /** For each finished delivery, the next one of the same document may go now. */
    private static void promoteSuccessors(Connection connection, List<DeliveryJob> finished)
            throws SQLException {
        if (finished.isEmpty()) {
            return;
        }
        try (PreparedStatement promote =
                connection.prepareStatement(
                        // one index probe per finished delivery, whatever the statistics say;
                        // a join could re-scan the whole waiting queue once per finished row
                        "update delivery set status = 'pending',"
                                + " next_attempt_at = greatest(next_attempt_at, now())"
                                + " where status = 'queued' and id = any(array(select n.id"
                                + " from unnest(?::varchar[], ?::varchar[]) as f(sub, key)"
                                + " cross join lateral (select q.id from delivery q"
                                + " where q.subscription_id = f.sub and q.order_key = f.key"
                                + " and q.status = 'queued' order by q.seq limit 1) n))")) {
            promote.setArray(
                    1,
                    connection.createArrayOf(
                            "varchar",
                            finished.stream().map(DeliveryJob::subscriptionId).toArray()));
            promote.setArray(
                    2,
                    connection.createArrayOf(
                            "varchar", finished.stream().map(DeliveryJob::orderKey).toArray()));
            promote.executeUpdate();
        }
    }

    private void deadLetter(DeliveryJob job, AttemptResult result, int attempts) {
        DeliveryExhausted exhausted =
                new DeliveryExhausted(
                        job.webhookId(),
                        job.subscriptionId(),
                        job.eventId(),
                        job.eventType(),
                        attempts,
                        result.attemptedAt(),
                        truncate(result.describe(), 500));
        outbox.enqueue(
                new OutgoingEvent(
                        Topics.DEAD_LETTER,
                        job.subscriptionId(),
                        exhausted.exhaustedEventId(),
                        EventTypes.DELIVERY_EXHAUSTED,
                        EventSources.ALERT,
                        job.subscriptionId(),
                        Instant.now(),
                        exhausted));
        Log.infof(
                "delivery exhausted delivery=%s subscription=%s attempts=%d",
                job.webhookId(), job.subscriptionId(), attempts);
    }

    /**
     * Records whether each endpoint is failing, judged by its latest outcome in the batch, and
     * disables endpoints that answered 410 or have failed for longer than allowed.
     */
    private void updateEndpointHealth(Connection connection, List<Outcome> outcomes)
            throws SQLException {
        Map<String, AttemptResult> latest = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            latest.put(outcome.job().subscriptionId(), outcome.result());
        }
        List<String> healthy = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        latest.forEach((id, result) -> (result.succeeded() ? healthy : failing).add(id));
        executeForAll(
                connection,
                "update subscription set failing_since = null"
                        + " where id = any(?) and failing_since is not null",
                healthy);
        executeForAll(
                connection,
                "update subscription set failing_since = now()"
                        + " where id = any(?) and failing_since is null",
                failing);
        for (String subscription : failing) {
            disableIfDue(connection, subscription, latest.get(subscription));
        }
    }

    private void disableIfDue(Connection connection, String subscription, AttemptResult result)
            throws SQLException {
        if (result.endpointGone()) {
            disable(connection, subscription, "the endpoint answered 410 Gone", null);
            return;
        }
        Instant cutoff = Instant.now().minus(config.disableAfter());
        disable(
                connection,
                subscription,
                "disabled automatically: every delivery failed for longer than "
                        + readable(config.disableAfter())
                        + "; last error: "
                        + truncate(result.describe(), 200),
                cutoff);
    }

    /** A period as an owner reads it: {@code 5d}, {@code 1h30m}, {@code 3s}. */
    static String readable(Duration period) {
        StringBuilder text = new StringBuilder();
        long[] amounts = {
            period.toDaysPart(),
            period.toHoursPart(),
            period.toMinutesPart(),
            period.toSecondsPart()
        };
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                text.append(amounts[i]).append(units[i]);
            }
        }
        return text.isEmpty() ? period.toMillis() + "ms" : text.toString();
    }

    private static void executeForAll(Connection connection, String sql, List<String> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            statement.executeUpdate();
        }
    }

    private static void disable(
            Connection connection, String subscription, String reason, Instant failingBefore)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update subscription set state = 'disabled', disabled_reason = ?,"
                                + " updated_at = now() where id = ? and state = 'active'"
                                + " and (cast(? as timestamptz) is null"
                                + " or failing_since < cast(? as timestamptz))")) {
            Timestamp cutoff = failingBefore == null ? null : Timestamp.from(failingBefore);
            update.setString(1, reason);
            update.setString(2, subscription);
            update.setTimestamp(3, cutoff);
            update.setTimestamp(4, cutoff);
            if (update.executeUpdate() > 0) {
                Log.warnf("subscription disabled subscription=%s reason=%s", subscription, reason);
            }
        }
    }

    private String excerpt(String text) {
        String kept = truncate(text, Math.min(config.responseExcerptBytes(), 2000));
        // Postgres text cannot hold NUL, and binary answers are only kept for a human to glance at
        return kept == null ? null : kept.replace('\u0000', '\ufffd');
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static void setNullableInt(PreparedStatement statement, int index, Integer value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
