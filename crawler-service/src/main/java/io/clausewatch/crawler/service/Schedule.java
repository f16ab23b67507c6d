package io.clausewatch.crawler.service;

import io.clausewatch.crawler.domain.TrackedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a document is checked next. A claimed document is leased: if its fetch order is lost (a
 * fetcher crashed, the database was down while recording), the lease runs out and the scheduler
 * claims it again. Once a check is recorded, the next one is an interval later, plus a random
 * jitter of up to a tenth of the interval (at most five minutes) so that documents declared
 * together spread out.
 */
final class Schedule {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration MAX_JITTER = Duration.ofMinutes(5);

    private Schedule() {}

    static Instant leaseEnd(TrackedDocument document, Instant now) {
        Duration interval = document.checkInterval();
        return now.plus(interval.compareTo(LEASE) < 0 ? interval : LEASE);
    }

    static Instant nextCheck(TrackedDocument document, Instant now) {
        Duration interval = document.checkInterval();
        long bound = Math.min(interval.toMillis() / 10, MAX_JITTER.toMillis());
        long jitter = bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound);
        return now.plus(interval).plusMillis(jitter);
    }
}
