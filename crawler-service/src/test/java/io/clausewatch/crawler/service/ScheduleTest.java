package io.clausewatch.crawler.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.crawler.domain.TrackedDocument;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "{0} URLs, {1} s per URL, interval {2}: lease {3}")
    @CsvSource({
        "1, 90, PT6H, PT2M30S", // defaults: 30 s robots + 30 s crawl delay + 30 s page
        "3, 90, PT6H, PT5M30S",
        "1, 70, P7D, PT2M10S",
        "2, 90, PT1M, PT1M" // never longer than the interval
    })
    void leaseFollowsTheFetchBudget(int urls, long perUrlSeconds, String interval, String lease) {
        TrackedDocument document = new TrackedDocument();
        document.checkIntervalSeconds = Duration.parse(interval).toSeconds();

        Instant end = Schedule.leaseEnd(document, urls, Duration.ofSeconds(perUrlSeconds), NOW);

        assertThat(Duration.between(NOW, end)).isEqualTo(Duration.parse(lease));
    }
}
