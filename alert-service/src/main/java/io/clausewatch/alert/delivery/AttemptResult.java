package io.clausewatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * What one attempt to deliver a webhook came to.
 *
 * @param statusCode the endpoint's status, null when no answer arrived
 * @param errorClass null on success; else {@code redirect, client_error, server_error, gone,
 *     rate_limited, timeout, connect, tls, refused_address, io}
 * @param retryAfter what the endpoint asked for with {@code Retry-After}, else null
 */
public record AttemptResult(
        Instant attemptedAt,
        Integer statusCode,
        long latencyMillis,
        String errorClass,
        String responseExcerpt,
        Duration retryAfter) {

    /** An attempt that broke inside this service; recorded as a failure and retried. */
    static AttemptResult unexpected() {
        return new AttemptResult(
                Instant.now(), null, 0, "io", "the attempt failed inside Clausewatch", null);
    }

    public boolean succeeded() {
        return errorClass == null;
    }

    /** True when the endpoint said it is gone for good (410). */
    public boolean endpointGone() {
        return "gone".equals(errorClass);
    }

    /** A short account for the delivery log and the dead-letter event; never carries secrets. */
    public String describe() {
        if (statusCode != null) {
            return errorClass + ": HTTP " + statusCode;
        }
        return errorClass + (responseExcerpt == null ? "" : ": " + responseExcerpt);
    }
}
