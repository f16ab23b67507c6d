package io.clausewatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns an endpoint's status code and {@code Retry-After} header into an attempt's verdict. */
public final class ResponseClassifier {

    private ResponseClassifier() {}

    /** The error class of a status code, null for success. Redirects count as failures. */
    public static String errorClass(int status) {
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status == 410) {
            return "gone";
        }
        if (status == 429) {
            return "rate_limited";
        }
        if (status >= 300 && status < 400) {
            return "redirect";
        }
        return status >= 500 ? "server_error" : "client_error";
    }

    /** The wait asked for by {@code Retry-After} (seconds or an HTTP date), else null. */
    public static Duration retryAfter(int status, String header, Instant now) {
        if ((status != 429 && status != 503) || header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
