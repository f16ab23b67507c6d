package io.clausewatch.events;

import java.time.Instant;

/** A webhook delivery that used every attempt of its retry schedule without success. */
public record DeliveryExhausted(
        String deliveryId,
        String subscriptionId,
        String eventId,
        String eventType,
        int attempts,
        Instant lastAttemptAt,
        String lastError) {

    public String exhaustedEventId() {
        return EventIds.of(EventTypes.DELIVERY_EXHAUSTED, deliveryId);
    }
}
