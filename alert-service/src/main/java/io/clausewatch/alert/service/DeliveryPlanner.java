package io.clausewatch.alert.service;

import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.matching.SubscriptionRegistry;
import io.clausewatch.events.EventIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Turns an event into delivery rows, one per matching subscription. The rows are keyed by
 * (subscription, event), so the same event arriving twice adds nothing. A delivery behind an
 * undelivered one of the same document waits as {@code queued}.
 */
@ApplicationScoped
public class DeliveryPlanner {

    private static final String DELIVERY_ID_TYPE = "clausewatch.webhook.delivery";

    // created_at has microseconds, a record's timestamp milliseconds: compare at milliseconds
    private static final String INSERT_DELIVERY =
            """
            insert into delivery (id, subscription_id, event_id, order_key, status, next_attempt_at)
            select ?, s.id, ?, ?,
                   case when exists (
                     select 1 from delivery e
                     where e.subscription_id = s.id and e.order_key = ?
                       and e.status in ('pending', 'queued'))
                   then 'queued' else 'pending' end,
                   now()
            from subscription s
            where s.id = ?
              and (cast(? as timestamptz) is null
                   or date_trunc('milliseconds', s.created_at) <= cast(? as timestamptz))
            on conflict do nothing
            """;

    private final SubscriptionRegistry registry;
    private final AgroalDataSource dataSource;

    public DeliveryPlanner(SubscriptionRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    /** The {@code webhook-id} of one event's delivery to one subscription. */
    public static String deliveryId(String subscriptionId, String eventId) {
        return "msg_" + EventIds.of(DELIVERY_ID_TYPE, subscriptionId, eventId).replace("-", "");
    }

    /** Records the deliveries an event calls for; answers how many were new. */
    @Transactional
    public int plan(IncomingEvent event) {
        return planAll(List.of(event));
    }

    /**
     * Records the deliveries of several events in one transaction, in their order, so that a later
     * change of a document queues behind an earlier one of the same batch.
     */
    @Transactional
    public int planAll(List<IncomingEvent> events) {
        int inserted = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (IncomingEvent event : events) {
                List<String> subscriptions = registry.index().match(event.facts());
                if (!subscriptions.isEmpty()) {
                    storeEvent(connection, event, CloudEventBody.render(event));
                    inserted += storeDeliveries(connection, event, subscriptions);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record deliveries", e);
        }
        return inserted;
    }

    /** Records deliveries of an event to the given subscriptions, whatever their filters say. */
    @Transactional
    public int insert(IncomingEvent event, List<String> subscriptions) {
        String body = CloudEventBody.render(event);
        try (Connection connection = dataSource.getConnection()) {
            storeEvent(connection, event, body);
            return storeDeliveries(connection, event, subscriptions);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record deliveries", e);
        }
    }

    private static void storeEvent(Connection connection, IncomingEvent event, String body)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into webhook_event (event_id, event_type, document_id, body,"
                                + " occurred_at) values (?, ?, ?, ?, ?)"
                                + " on conflict (event_id) do nothing")) {
            insert.setString(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.facts() == null ? null : event.facts().documentId());
            insert.setString(4, body);
            insert.setTimestamp(5, Timestamp.from(event.time()));
            insert.executeUpdate();
        }
    }

    /**
     * Inserts one delivery per subscription that existed when the event was published; a
     * subscription created later never receives it, even when the topic is read again.
     */
    private static int storeDeliveries(
            Connection connection, IncomingEvent event, List<String> subscriptions)
            throws SQLException {
        Timestamp published =
                event.publishedAt() == null ? null : Timestamp.from(event.publishedAt());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
            for (String subscription : subscriptions) {
                String id = deliveryId(subscription, event.id());
                String orderKey = event.orderKey() == null ? id : event.orderKey();
                insert.setString(1, id);
                insert.setString(2, event.id());
                insert.setString(3, orderKey);
                insert.setString(4, orderKey);
                insert.setString(5, subscription);
                insert.setTimestamp(6, published);
                insert.setTimestamp(7, published);
                insert.addBatch();
            }
            int inserted = 0;
            for (int count : insert.executeBatch()) {
                inserted += Math.max(count, 0);
            }
            return inserted;
        }
    }
}
