package io.clausewatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * When each attempt of a delivery happens: the delay before attempt {@code n} is the n-th entry,
 * spread by up to a tenth either way so that endpoints recovering from an outage are not hit by
 * every retry in the same second. An endpoint's {@code Retry-After} can only lengthen a delay.
 */
public record RetrySchedule(List<Duration> delays) {

    private static final double JITTER = 0.1;
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one attempt");
        }
        delays = List.copyOf(delays);
    }

    /** Reads a comma-separated list such as {@code 0s,5s,5m,30m,2h}. */
    public static RetrySchedule parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            delays.add(parseDuration(part.trim()));
        }
        return new RetrySchedule(delays);
    }

    public int maxAttempts() {
        return delays.size();
    }

    /**
     * When the next attempt is due after {@code attemptsMade} attempts failed, or null when the
     * schedule is used up.
     */
    public Instant nextAttempt(
            int attemptsMade, Instant now, Duration retryAfter, RandomGenerator random) {
        if (attemptsMade >= delays.size()) {
            return null;
        }
        Duration delay = jittered(delays.get(attemptsMade), random);
        if (retryAfter != null) {
            Duration bounded =
                    retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0
                            ? LONGEST_RETRY_AFTER
                            : retryAfter;
            delay = bounded.compareTo(delay) > 0 ? bounded : delay;
        }
        return now.plus(delay);
    }

    private static Duration jittered(Duration delay, RandomGenerator random) {
        if (delay.isZero()) {
            return delay;
        }
        double factor = 1 + (random.nextDouble() * 2 - 1) * JITTER;
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }

    static Duration parseDuration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.matches("\\d+(ms|s|m|h|d)")) {
            throw new IllegalArgumentException(
                    "a retry delay is a number and a unit (ms, s, m, h, d): " + text);
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
