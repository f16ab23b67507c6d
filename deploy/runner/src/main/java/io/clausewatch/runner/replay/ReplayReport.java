package io.clausewatch.runner.replay;

import java.util.List;
import java.util.Map;

/**
 * The replay's findings, written as JSON. Positions are the archive's version positions.
 *
 * @param bySignificance change counts for cosmetic, minor and substantive (always present)
 * @param latencyMs from serving a new version to receiving its webhook
 */
public record ReplayReport(
        int documents,
        int versionsServed,
        int fetches,
        int versionsRecorded,
        int changesEmitted,
        Map<String, Integer> bySignificance,
        Deliveries deliveries,
        Latency latencyMs,
        Checks checks,
        Run run,
        List<DocumentReport> perDocument) {

    /**
     * @param expected changes that a subscriber of every replayed document must hear of
     * @param notAnnounced changes recorded but by design not delivered: flapping ones (a text
     *     returning to one of its recent versions) and historical ones
     * @param unmatched deliveries that name no change Clausewatch lists
     */
    public record Deliveries(
            int expected,
            int notAnnounced,
            int received,
            int distinctWebhookIds,
            int signatureFailures,
            int unmatched) {}

    public record Latency(long p50, long p95, long p99, long max, int samples) {}

    /**
     * The corpus-level checks.
     *
     * @param differingPairs consecutive served versions whose text differs
     * @param changeShareOfDifferingPairs of those, the share whose newer version produced a change
     * @param changeShareExcludingNoiseHints the same, leaving out pairs the archive marks noise
     * @param readableDifferingPairs consecutive served versions whose readable text differs (the
     *     rendered page's text, so Markdown formatting alone does not count)
     * @param chromeOnlyVersions versions recorded although the served text had not changed
     * @param noiseOnlyAboveCosmeticShare of the archive's noise-only pairs, the share that produced
     *     a change above cosmetic
     */
    public record Checks(
            int differingPairs,
            int differingPairsWithChange,
            double changeShareOfDifferingPairs,
            int differingPairsWithoutNoiseHint,
            int differingPairsWithoutNoiseHintWithChange,
            double changeShareExcludingNoiseHints,
            int readableDifferingPairs,
            int readableDifferingPairsWithChange,
            double changeShareOfReadableDifferingPairs,
            int chromeOnlyVersions,
            int noiseOnlyPairs,
            int noiseOnlyPairsAboveCosmetic,
            double noiseOnlyAboveCosmeticShare) {}

    /**
     * @param complete false when the pipeline did not settle in time; {@code problem} says why
     */
    public record Run(
            String startedAt, long durationMs, boolean complete, String problem, WarmUp warmUp) {}

    /**
     * The warm-up before the measured replay (null when there was none): copies of the archive's
     * largest documents sent through the whole pipeline to a subscription of their own, so that the
     * measured versions meet warm services. Nothing of it counts in the other figures.
     *
     * @param documents the warm-up copies' ids
     * @param versionsServed versions of the copies served
     * @param deliveries distinct webhooks the warm-up subscription received
     * @param problem why the warm-up did not settle, or null
     */
    public record WarmUp(
            List<String> documents,
            int versionsServed,
            int deliveries,
            long durationMs,
            String problem) {}

    public record DocumentReport(
            String id, int versionsServed, int versionsRecorded, List<ChangeReport> changes) {}

    /**
     * @param fromPosition null for a document's first recorded version
     */
    public record ChangeReport(
            Integer fromPosition,
            Integer toPosition,
            String significance,
            List<String> topics,
            List<String> signals) {}
}
