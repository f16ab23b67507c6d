package io.clausewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseClassifierTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "200, none",
                "204, none",
                "299, none",
                "301, redirect",
                "302, redirect",
                "308, redirect",
                "400, client_error",
                "404, client_error",
                "410, gone",
                "429, rate_limited",
                "500, server_error",
                "503, server_error",
            })
    void statusCodesBecomeVerdicts(int status, String errorClass) {
        assertThat(ResponseClassifier.errorClass(status)).isEqualTo(errorClass);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "429, 120, 120",
                "503, 7, 7",
                "500, 120, none",
                "429, 'Thu, 01 Jan 2026 00:01:00 GMT', 60",
                "429, 'Wed, 31 Dec 2025 23:00:00 GMT', 0",
                "429, soon, none",
                "429, none, none",
            })
    void retryAfterIsReadFromSecondsOrDates(int status, String header, Long seconds) {
        Duration expected = seconds == null ? null : Duration.ofSeconds(seconds);
        assertThat(ResponseClassifier.retryAfter(status, header, NOW)).isEqualTo(expected);
    }
}
