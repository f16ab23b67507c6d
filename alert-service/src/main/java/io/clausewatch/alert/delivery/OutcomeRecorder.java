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
import java.time.Instant;
import java.util.List;
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

    public void record(List<Outcome> outcomes) {
        QuarkusTransaction.requiringNew().run(() -> write(outcomes));
    }

    private void write(List<Outcome> outcomes) {
        try (Connection connection = dataSource.getConnection()) {
            insertAttempts(connection, outcomes);
            for (Outcome outcome : outcomes) {
                advance(connection, outcome);
                updateEndpointHealth(connection, outcome);
            }
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

    private void advance(Connection connection, Outcome outcome) throws SQLException {
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
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update delivery set status = ?, attempts = ?, last_attempt_at = ?,"
                                + " last_status = ?, last_error = ?, lease_until = null,"
                                + " next_attempt_at = coalesce(?, next_attempt_at),"
                                + " completed_at = case when ? = 'pending' then null else now() end"
                                + " where id = ?")) {
            update.setString(1, status);
            update.setInt(2, attempts);
            update.setTimestamp(3, Timestamp.from(result.attemptedAt()));
            setNullableInt(update, 4, result.statusCode());
            update.setString(5, result.succeeded() ? null : truncate(result.describe(), 500));
            update.setTimestamp(6, next == null ? null : Timestamp.from(next));
            update.setString(7, status);
            update.setString(8, job.webhookId());
            update.executeUpdate();
        }
        if ("failed".equals(status)) {
            deadLetter(job, result, attempts);
        }
        if (!"pending".equals(status)) {
            promoteSuccessor(connection, job);
        }
    }

    /** The next delivery of the same document to the same subscription may go now. */
    private static void promoteSuccessor(Connection connection, DeliveryJob job)
            throws SQLException {
        try (PreparedStatement promote =
                connection.prepareStatement(
                        "update delivery set status = 'pending',"
                                + " next_attempt_at = greatest(next_attempt_at, now())"
                                + " where id = (select id from delivery where subscription_id = ?"
                                + " and order_key = ? and status = 'queued' order by seq limit 1)")) {
            promote.setString(1, job.subscriptionId());
            promote.setString(2, job.orderKey());
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

    private void updateEndpointHealth(Connection connection, Outcome outcome) throws SQLException {
        String subscription = outcome.job().subscriptionId();
        AttemptResult result = outcome.result();
        if (result.succeeded()) {
            execute(
                    connection,
                    "update subscription set failing_since = null"
                            + " where id = ? and failing_since is not null",
                    subscription);
            return;
        }
        execute(
                connection,
                "update subscription set failing_since = coalesce(failing_since, now())"
                        + " where id = ?",
                subscription);
        if (result.endpointGone()) {
            disable(connection, subscription, "the endpoint answered 410 Gone", null);
        } else {
            Instant cutoff = Instant.now().minus(config.disableAfter());
            disable(
                    connection,
                    subscription,
                    "every delivery failed for longer than "
                            + config.disableAfter()
                            + "; last error: "
                            + truncate(result.describe(), 200),
                    cutoff);
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

    private static void execute(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
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
