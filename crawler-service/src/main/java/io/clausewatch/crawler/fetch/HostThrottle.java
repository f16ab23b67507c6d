package io.clausewatch.crawler.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to one host by at least a delay. Each caller reserves the next free slot and
 * sleeps until it, so concurrent fetches of one host queue up instead of bursting.
 */
public final class HostThrottle {

    private final Map<String, Long> nextFreeNanos = new ConcurrentHashMap<>();

    public void await(String host, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextFreeNanos.compute(
                host,
                (key, free) -> {
                    long start = free == null || free - now < 0 ? now : free;
                    slot[0] = start;
                    return start + delay.toNanos();
                });
        long waitNanos = slot[0] - now;
        if (waitNanos > 0) {
            sleep(waitNanos);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrawlFailure(FailureClass.INTERNAL, "interrupted while waiting for a host");
        }
    }
}
