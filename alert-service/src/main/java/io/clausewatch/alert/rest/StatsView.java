package io.clausewatch.alert.rest;

import java.time.Instant;
import java.util.Map;

/**
 * An endpoint's health: deliveries by status, and over the last 24 hours its attempts, success rate
 * and latency percentiles in milliseconds.
 */
public record StatsView(
        String subscriptionId,
        String state,
        String disabledReason,
        Instant failingSince,
        Map<String, Long> deliveries,
        long attempts24h,
        double successRate24h,
        Double latencyP50Ms,
        Double latencyP95Ms,
        Double latencyP99Ms) {}
