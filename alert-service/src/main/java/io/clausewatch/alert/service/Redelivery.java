package io.clausewatch.alert.service;

import io.clausewatch.alert.delivery.Dispatcher;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends deliveries again on request, and sends test pings. A redelivery keeps its {@code
 * webhook-id}, so a receiver that already processed it can tell; its schedule starts over.
 */
@ApplicationScoped
public class Redelivery {

    private static final String RESTART =
            "update delivery set status = 'pending', attempts = 0, next_attempt_at = now(),"
                    + " lease_until = null, completed_at = null where subscription_id = ?1";

    private final EntityManager entityManager;
    private final DeliveryPlanner planner;
    private final Dispatcher dispatcher;

    public Redelivery(EntityManager entityManager, DeliveryPlanner planner, Dispatcher dispatcher) {
        this.entityManager = entityManager;
        this.planner = planner;
        this.dispatcher = dispatcher;
    }

    /** Sends one finished delivery again; a delivery still pending is left on its schedule. */
    @Transactional
    public void redeliver(String subscriptionId, String deliveryId) {
        int changed =
                entityManager
                        .createNativeQuery(RESTART + " and id = ?2 and status <> 'pending'")
                        .setParameter(1, subscriptionId)
                        .setParameter(2, deliveryId)
                        .executeUpdate();
        if (changed == 0 && !exists(subscriptionId, deliveryId)) {
            throw ProblemException.notFound("No delivery with id " + deliveryId + ".");
        }
        dispatcher.wake();
    }

    /** Sends again every delivery created since {@code since} that failed; answers how many. */
    @Transactional
    public int redeliverFailedSince(String subscriptionId, Instant since) {
        int changed =
                entityManager
                        .createNativeQuery(RESTART + " and status = 'failed' and created_at >= ?2")
                        .setParameter(1, subscriptionId)
                        .setParameter(2, since)
                        .executeUpdate();
        dispatcher.wake();
        return changed;
    }

    /** Queues a signed {@code clausewatch.webhook.test} event for one subscription. */
    public String ping(String subscriptionId) {
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String data =
                "{\"subscriptionId\":\""
                        + subscriptionId
                        + "\",\"message\":"
                        + "\"Test delivery from Clausewatch\",\"sentAt\":\""
                        + now
                        + "\"}";
        IncomingEvent event =
                new IncomingEvent(
                        eventId,
                        EventTypes.WEBHOOK_TEST,
                        EventSources.ALERT,
                        subscriptionId,
                        now,
                        data,
                        null,
                        null,
                        null);
        planner.insert(event, List.of(subscriptionId));
        dispatcher.wake();
        return DeliveryPlanner.deliveryId(subscriptionId, eventId);
    }

    private boolean exists(String subscriptionId, String deliveryId) {
        return !entityManager
                .createNativeQuery("select 1 from delivery where id = ?1 and subscription_id = ?2")
                .setParameter(1, deliveryId)
                .setParameter(2, subscriptionId)
                .getResultList()
                .isEmpty();
    }
}
