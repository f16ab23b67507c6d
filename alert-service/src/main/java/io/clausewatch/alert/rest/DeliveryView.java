package io.clausewatch.alert.rest;

import java.time.Instant;
import java.util.List;

/** One delivery in the log, with its latest attempts. */
public record DeliveryView(
        String id,
        String eventId,
        String eventType,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant completedAt,
        String lastError,
        List<AttemptView> attemptLog) {

    /** One attempt: when, what the endpoint answered, how long it took and what went wrong. */
    public record AttemptView(
            Instant attemptedAt,
            Integer statusCode,
            int latencyMs,
            String errorClass,
            String responseExcerpt) {}
}
