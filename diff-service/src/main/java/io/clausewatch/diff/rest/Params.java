package io.clausewatch.diff.rest;

import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parsing of query parameters into values, answering 400 problems that name the field. */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private Params() {}

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** An instant, or a date meaning its start (UTC); null when absent. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(
                    field,
                    "must be an ISO-8601 date (2024-05-01) or instant (2024-05-01T12:00:00Z)");
        }
    }

    static int positive(String field, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // answered below
        }
        throw invalid(field, "must be a version number of 1 or more");
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(
                Problem.validation(List.of(new Problem.FieldError(field, message))));
    }
}
