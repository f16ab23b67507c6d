package io.clausewatch.crawler.service;

import io.clausewatch.crawler.config.CrawlerConfig;
import io.clausewatch.crawler.domain.TrackedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a document is checked next.
 *
 * <p>A claimed document is leased for about as long as its order may take: the order's passage
 * through the outbox and Kafka, then for each URL the robots.txt fetch, the longest politeness wait
 * and the page fetch, each bounded by the fetch limits. The lease is only the last line of defence:
 * an order that a crashed fetcher held is delivered again by Kafka (its offset was not committed),
 * and an order that meets a database outage waits for the database; what the lease catches is an
 * order given up for another reason, which is then ordered again within minutes rather than an
 * interval later. An order still queued when its lease ends is ordered twice, which costs one
 * conditional GET: crawls of a document never overlap and publish at most one snapshot per text.
 *
 * <p>Once a check is recorded, the next one is an interval later, plus a random jitter of up to a
 * tenth of the interval (at most five minutes) so that documents declared together spread out.
 */
final class Schedule {

    /** Time for an order to pass the outbox and Kafka and wait behind the orders of its host. */
    static final Duration ORDER_DELIVERY = Duration.ofMinutes(1);

    private static final Duration MAX_JITTER = Duration.ofMinutes(5);

    private Schedule() {}

    /** The fetch time budget of one URL: robots.txt, the politeness wait, the page. */
    static Duration perUrlBudget(CrawlerConfig config) {
        return config.requestTimeout().multipliedBy(2).plus(config.maxCrawlDelay());
    }

    static Instant leaseEnd(TrackedDocument document, int urls, Duration perUrl, Instant now) {
        Duration lease = ORDER_DELIVERY.plus(perUrl.multipliedBy(Math.max(1, urls)));
        Duration interval = document.checkInterval();
        return now.plus(interval.compareTo(lease) < 0 ? interval : lease);
    }

    static Instant nextCheck(TrackedDocument document, Instant now) {
        Duration interval = document.checkInterval();
        long bound = Math.min(interval.toMillis() / 10, MAX_JITTER.toMillis());
        long jitter = bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound);
        return now.plus(interval).plusMillis(jitter);
    }
}
