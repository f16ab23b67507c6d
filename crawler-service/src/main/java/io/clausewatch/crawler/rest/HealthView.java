package io.clausewatch.crawler.rest;

import java.time.Instant;

/** How a document's tracking is going. */
public record HealthView(
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastFailureClass,
        String lastFailureDetail,
        int consecutiveFailures,
        Instant lastCheckedAt,
        Instant nextCheckAt) {}
