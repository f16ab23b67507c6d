package io.clausewatch.alert.messaging;

import io.clausewatch.alert.delivery.Dispatcher;
import io.clausewatch.alert.service.DeliveryPlanner;
import io.clausewatch.alert.service.IncomingEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Plans deliveries for a consumed event and wakes the dispatcher. A database outage is waited out
 * here, retrying the same event, so the consumer never moves past an event it did not record.
 */
@ApplicationScoped
public class EventIntake {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(10);

    private final DeliveryPlanner planner;
    private final Dispatcher dispatcher;

    public EventIntake(DeliveryPlanner planner, Dispatcher dispatcher) {
        this.planner = planner;
        this.dispatcher = dispatcher;
    }

    public void accept(IncomingEvent event) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                int planned = planner.plan(event);
                if (planned > 0) {
                    dispatcher.wake();
                }
                Log.debugf("event planned event=%s deliveries=%d", event.id(), planned);
                return;
            } catch (IllegalArgumentException e) {
                Log.warnf("event skipped event=%s reason=%s", event.id(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                Log.warnf(
                        "event not recorded yet event=%s retry_in=%s reason=%s",
                        event.id(), backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
                backoff = backoff.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to record an event", e);
        }
    }
}
