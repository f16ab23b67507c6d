package io.clausewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.parse("0s,5s,5m,30m,2h,5h,10h,10h");
    private final Random random = new Random(7);

    @Test
    void defaultScheduleHasEightAttemptsStartingAtOnce() {
        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.nextAttempt(0, NOW, null, random)).isEqualTo(NOW);
    }

    @Test
    void delaysAreSpreadByAtMostATenth() {
        for (int i = 0; i < 200; i++) {
            Duration delay = Duration.between(NOW, schedule.nextAttempt(2, NOW, null, random));
            assertThat(delay).isBetween(Duration.ofSeconds(270), Duration.ofSeconds(330));
        }
    }

    @Test
    void scheduleEndsAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(8, NOW, null, random)).isNull();
    }

    @Test
    void retryAfterLengthensButNeverShortensAndIsBounded() {
        Instant longer = schedule.nextAttempt(1, NOW, Duration.ofSeconds(60), random);
        assertThat(longer).isEqualTo(NOW.plusSeconds(60));
        Instant unchanged = schedule.nextAttempt(2, NOW, Duration.ofSeconds(1), random);
        assertThat(Duration.between(NOW, unchanged)).isGreaterThan(Duration.ofMinutes(4));
        Instant bounded = schedule.nextAttempt(1, NOW, Duration.ofDays(30), random);
        assertThat(bounded).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void malformedSchedulesAreRejected() {
        assertThatThrownBy(() -> RetrySchedule.parse("5 minutes"))
                .hasMessageContaining("number and a unit");
    }
}
