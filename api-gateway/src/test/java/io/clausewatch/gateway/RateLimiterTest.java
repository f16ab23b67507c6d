package io.clausewatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.gateway.auth.RateLimiter;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void bucketRunsDryAndSaysWhenToRetry() {
        RateLimiter limiter = new RateLimiter(3, 60);

        assertThat(limiter.take("key:a").remaining()).isEqualTo(2);
        limiter.take("key:a");
        assertThat(limiter.take("key:a").granted()).isTrue();
        RateLimiter.Allowance refused = limiter.take("key:a");

        assertThat(refused.granted()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(1, 1);

        assertThat(limiter.take("key:a").granted()).isTrue();
        assertThat(limiter.take("key:a").granted()).isFalse();
        assertThat(limiter.take("key:b").granted()).isTrue();
    }
}
