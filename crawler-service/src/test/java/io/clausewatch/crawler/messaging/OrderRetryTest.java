package io.clausewatch.crawler.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderRetryTest {

    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(10);

    private final List<Duration> waits = new ArrayList<>();
    private final OrderRetry retry = new OrderRetry(FIRST, MAX, waits::add);

    @Test
    void orderDuringADatabaseOutageWaitsUntilTheDatabaseReturns() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        boolean done =
                retry.run(
                        "p/terms-of-service",
                        () -> {
                            if (attempts.incrementAndGet() <= 30) {
                                throw new IllegalStateException(
                                        "JDBC exception",
                                        new SQLException("Connection refused", "08001"));
                            }
                        });

        assertThat(done).isTrue();
        assertThat(attempts).hasValue(31);
        assertThat(waits).hasSize(30);
        assertThat(waits.getFirst()).isBetween(FIRST.multipliedBy(4).dividedBy(5), FIRST);
        assertThat(waits.get(2)).isGreaterThan(waits.getFirst());
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(MAX));
        assertThat(waits.getLast()).isGreaterThanOrEqualTo(MAX.multipliedBy(4).dividedBy(5));
    }

    @Test
    void failureThatIsNotAnOutageIsGivenUpAfterAFewAttempts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        boolean done =
                retry.run(
                        "p/terms-of-service",
                        () -> {
                            attempts.incrementAndGet();
                            throw new IllegalStateException(
                                    "constraint", new SQLException("duplicate key", "23505"));
                        });

        assertThat(done).isFalse();
        assertThat(attempts).hasValue(OrderRetry.OTHER_FAILURE_ATTEMPTS);
        assertThat(waits).hasSize(OrderRetry.OTHER_FAILURE_ATTEMPTS - 1);
    }

    @Test
    void orderThatSucceedsAtOnceNeverWaits() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        assertThat(retry.run("p/terms-of-service", attempts::incrementAndGet)).isTrue();

        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }
}
