package io.clausewatch.crawler.messaging;

import io.clausewatch.kit.store.StoreErrors;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Carries a crawl order through database failures instead of dropping it. While the database is
 * away (see {@link StoreErrors#isOutage}) the order waits, with a delay that doubles up to a
 * ceiling, for as long as the outage lasts: no order can be handled without the database, and the
 * order's offset is committed only once it returns. Any other failure is tried a few times and then
 * given up; the document's lease then returns it to the scheduler.
 *
 * <p>Written here rather than with MicroProfile {@code @Retry}: the retry budget depends on the
 * kind of failure (unbounded for an outage, a few attempts otherwise), which one annotation cannot
 * say.
 */
final class OrderRetry {

    /** Attempts for a failure that is not an outage: a bug or bad data does not heal by waiting. */
    static final int OTHER_FAILURE_ATTEMPTS = 4;

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;

    OrderRetry(Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
    }

    /** Runs the order until it succeeds; false when it was given up. */
    boolean run(String documentId, Runnable order) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                order.run();
                if (attempt > 1) {
                    Log.infof(
                            "crawl order done after attempts=%d document=%s", attempt, documentId);
                }
                return true;
            } catch (RuntimeException e) {
                boolean outage = StoreErrors.isOutage(e);
                if (!outage && attempt >= OTHER_FAILURE_ATTEMPTS) {
                    Log.errorf(
                            e,
                            "crawl order given up after attempts=%d document=%s; its lease returns"
                                    + " it to the scheduler",
                            attempt,
                            documentId);
                    return false;
                }
                Duration delay = delay(attempt);
                // one line when the wait begins and one every tenth attempt, not one per attempt
                Log.logf(
                        attempt % 10 == 1 ? Logger.Level.WARN : Logger.Level.DEBUG,
                        "crawl order waits document=%s attempt=%d retryInMs=%d outage=%s cause=%s",
                        documentId,
                        attempt,
                        delay.toMillis(),
                        outage,
                        e.getMessage());
                sleeper.sleep(delay);
            }
        }
    }

    /** Doubles from the first delay up to the ceiling, with up to a fifth taken off at random. */
    Duration delay(int attempt) {
        long doubled = firstDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(doubled, maxDelay.toMillis());
        long spread = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - spread);
    }

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }
}
