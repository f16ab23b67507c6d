package io.clausewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

    @Test
    void secondRequestToAHostWaitsForTheDelayAndOtherHostsDoNot() {
        HostThrottle throttle = new HostThrottle();
        Duration delay = Duration.ofMillis(300);

        throttle.await("a.example", delay);
        long start = System.nanoTime();
        throttle.await("b.example", delay);
        long otherHost = System.nanoTime() - start;
        throttle.await("a.example", delay);
        long sameHost = System.nanoTime() - start;

        assertThat(Duration.ofNanos(otherHost)).isLessThan(Duration.ofMillis(150));
        assertThat(Duration.ofNanos(sameHost)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }
}
