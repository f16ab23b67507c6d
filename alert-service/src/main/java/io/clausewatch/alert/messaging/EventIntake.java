package io.clausewatch.alert.messaging;

import io.clausewatch.alert.delivery.Dispatcher;
import io.clausewatch.alert.service.CloudEventBody;
import io.clausewatch.alert.service.DeliveryPlanner;
import io.clausewatch.alert.service.IncomingEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /** Records a batch of events; an event whose data is not JSON is skipped, not retried. */
    public void accept(List<IncomingEvent> events) {
        List<IncomingEvent> valid = new ArrayList<>(events.size());
        for (IncomingEvent event : events) {
            try {
                CloudEventBody.render(event);
                valid.add(event);
            } catch (IllegalArgumentException e) {
                Log.warnf("event skipped event=%s reason=%s", event.id(), e.getMessage());
            }
        }
        if (!valid.isEmpty()) {
            planWithRetry(valid);
        }
    }

    private void planWithRetry(List<IncomingEvent> events) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                int planned = planner.planAll(events);
                if (planned > 0) {
                    dispatcher.wake();
                }
                Log.debugf("events planned events=%d deliveries=%d", events.size(), planned);
                return;
            } catch (RuntimeException e) {
                Log.warnf(
                        "events not recorded yet events=%d retry_in=%s reason=%s",
                        events.size(), backoff, e.getMessage());
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
