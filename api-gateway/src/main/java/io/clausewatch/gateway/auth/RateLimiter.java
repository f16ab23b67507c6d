package io.clausewatch.gateway.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One token bucket per key (or per client address for public pages), held in memory: each replica
 * limits on its own, so the effective limit grows with the number of replicas.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private final long capacity;
    private final long refillPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(
            @ConfigProperty(name = "clausewatch.gateway.rate-limit.capacity") long capacity,
            @ConfigProperty(name = "clausewatch.gateway.rate-limit.refill-per-minute")
                    long refillPerMinute) {
        this.capacity = capacity;
        this.refillPerMinute = refillPerMinute;
    }

    public Allowance take(String client) {
        if (buckets.size() > MAX_BUCKETS) {
            // Forgetting everyone only ever grants a fresh bucket; it never blocks a client.
            buckets.clear();
        }
        ConsumptionProbe probe =
                buckets.computeIfAbsent(client, ignored -> newBucket())
                        .tryConsumeAndReturnRemaining(1);
        long resetSeconds = seconds(probe.getNanosToWaitForReset());
        return new Allowance(
                probe.isConsumed(),
                capacity,
                probe.getRemainingTokens(),
                resetSeconds,
                Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(
                        Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(refillPerMinute, Duration.ofMinutes(1))
                                .build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    /**
     * The outcome of one request against a bucket.
     *
     * @param retryAfterSeconds how long until one token is back, meaningful when not granted
     */
    public record Allowance(
            boolean granted,
            long limit,
            long remaining,
            long resetSeconds,
            long retryAfterSeconds) {}
}
