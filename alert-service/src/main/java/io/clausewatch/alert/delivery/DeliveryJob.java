package io.clausewatch.alert.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A claimed delivery with everything needed to send it.
 *
 * @param webhookId the delivery id, sent as {@code webhook-id} on every attempt
 * @param orderKey deliveries with the same key go to this subscription one after the other
 * @param secrets the current secret first, then the previous one while its overlap lasts
 * @param attemptsMade attempts before this one
 */
public record DeliveryJob(
        String webhookId,
        String subscriptionId,
        String orderKey,
        String url,
        List<String> secrets,
        String eventId,
        String eventType,
        String body,
        int attemptsMade,
        Instant eventTime) {

    @Override
    public String toString() {
        return "DeliveryJob[webhookId=" + webhookId + ", subscription=" + subscriptionId + "]";
    }
}
