package io.clausewatch.runner.replay;

import java.time.Duration;

/**
 * How a replay paces itself.
 *
 * @param servesPerVersion fetches of each version, each with new chrome (at least 2)
 * @param parallelDocuments documents moved through their versions at the same time
 * @param fetchTimeout how long a check request may take to reach the replay site
 * @param settleTimeout how long, after the last fetch, everything may take to be recorded and
 *     delivered
 * @param quietPeriod how long nothing new must arrive before the pipeline counts as settled
 * @param changeSpacing how long after its last fetch a page may change to its next version: the
 *     crawler's per-host delay (1 s by default), so that a new version waits for no politeness slot
 *     the replay's own rapid succession of versions took; on the web a page changes long after the
 *     crawler's last visit
 * @param warmUpVersions versions of each warm-up copy sent through the stack before the measured
 *     replay, 0 for no warm-up (see {@link ReplayRun#warmUpDocuments})
 */
public record ReplaySettings(
        int servesPerVersion,
        int parallelDocuments,
        Duration fetchTimeout,
        Duration settleTimeout,
        Duration quietPeriod,
        Duration changeSpacing,
        int warmUpVersions) {

    /** Versions of each warm-up copy when the replay starts its own stack. */
    public static final int DEFAULT_WARM_UP_VERSIONS = 5;

    /** The crawler's default {@code clausewatch.crawler.host-delay}. */
    public static final Duration CRAWLER_HOST_DELAY = Duration.ofSeconds(1);

    public ReplaySettings {
        if (servesPerVersion < 2) {
            throw new IllegalArgumentException("each version is served at least twice");
        }
        if (parallelDocuments < 1) {
            throw new IllegalArgumentException("parallelDocuments must be positive");
        }
        if (warmUpVersions < 0) {
            throw new IllegalArgumentException("warmUpVersions must not be negative");
        }
        if (changeSpacing.isNegative()) {
            throw new IllegalArgumentException("changeSpacing must not be negative");
        }
    }

    public static ReplaySettings defaults() {
        return new ReplaySettings(
                2,
                4,
                Duration.ofMinutes(2),
                Duration.ofMinutes(3),
                Duration.ofSeconds(4),
                CRAWLER_HOST_DELAY,
                0);
    }
}
