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

    private static int storeDeliveries(
            Connection connection, IncomingEvent event, List<String> subscriptions)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into delivery (id, subscription_id, event_id, order_key, status,"
                                + " next_attempt_at) select ?, ?, ?, ?, case when exists ("
                                + "select 1 from delivery e where e.subscription_id = ?"
                                + " and e.order_key = ? and e.status in ('pending', 'queued'))"
                                + " then 'queued' else 'pending' end, now()"
                                + " on conflict do nothing")) {
            for (String subscription : subscriptions) {
                String id = deliveryId(subscription, event.id());
                insert.setString(1, id);
                insert.setString(2, subscription);
                insert.setString(3, event.id());
                String orderKey = event.orderKey() == null ? id : event.orderKey();
                insert.setString(4, orderKey);
                insert.setString(5, subscription);
                insert.setString(6, orderKey);
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
