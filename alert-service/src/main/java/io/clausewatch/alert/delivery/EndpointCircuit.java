package io.clausewatch.alert.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backs off endpoints that keep failing, per replica. After {@code threshold} failures in a row an
 * endpoint's circuit opens: none of its deliveries is claimed for a pause that doubles with each
 * failed probe (up to {@code longestPause}); after the pause one probe at a time goes, and the
 * first success closes the circuit. Deliveries that wait meanwhile keep their attempt count and
 * their place in order, so nothing is lost or reordered; the endpoint just stops taking attempts,
 * time and bookkeeping that healthy endpoints need.
 *
 * <p>Hand-written rather than SmallRye Fault Tolerance's {@code @CircuitBreaker}: that one guards a
 * method call, whereas here the decision is which rows a claim may take for thousands of
 * subscriptions, made before any call exists.
 */
public final class EndpointCircuit {

    private final int threshold;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public EndpointCircuit(int threshold, Duration firstPause, Duration longestPause) {
        this.threshold = threshold;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Records an attempt's verdict. */
    public void record(String subscription, boolean succeeded, long nowMillis) {
        if (succeeded) {
            states.remove(subscription);
            return;
        }
        states.compute(
                subscription,
                (id, state) -> (state == null ? new State() : state).failed(nowMillis));
    }

    /**
     * How many attempts this endpoint may have in flight now: {@code perEndpoint} while closed,
     * none while open, one while probing.
     */
    public int allowed(String subscription, int perEndpoint, long nowMillis) {
        State state = states.get(subscription);
        if (state == null || state.openUntil == 0) {
            return perEndpoint;
        }
        return nowMillis < state.openUntil ? 0 : 1;
    }

    /** The endpoints whose circuit is open or probing, with the attempts each may have now. */
    public Map<String, Integer> restricted(int perEndpoint, long nowMillis) {
        Map<String, Integer> restricted = new HashMap<>();
        states.forEach(
                (subscription, state) -> {
                    int allowed = allowed(subscription, perEndpoint, nowMillis);
                    if (allowed < perEndpoint) {
                        restricted.put(subscription, allowed);
                    }
                });
        return restricted;
    }

    /** Failures in a row and, once open, until when. Changed only inside {@code compute}. */
    private final class State {
        private int failures;
        private int opened;
        private volatile long openUntil;

        State failed(long nowMillis) {
            failures++;
            if (failures < threshold || nowMillis < openUntil) {
                // attempts that were in flight when the circuit opened do not lengthen the pause
                return this;
            }
            opened++;
            long pause = firstPause.toMillis() << Math.min(opened - 1, 20);
            openUntil = nowMillis + Math.min(pause, longestPause.toMillis());
            return this;
        }
    }
}
