package io.clausewatch.alert.service;

import io.clausewatch.alert.domain.Filters;
import io.clausewatch.alert.domain.Significance;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.EventTypes;
import io.clausewatch.kit.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks subscription filters and names every field that is wrong. */
public final class FilterValidator {

    public static final int MAX_VALUES = 200;

    private static final Set<String> EVENT_TYPES =
            Set.of(
                    EventTypes.DOCUMENT_CHANGED,
                    EventTypes.CRAWL_FAILED,
                    EventTypes.CRAWL_RECOVERED);
    private static final Pattern LABEL =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/()§ -]{0,99}");

    private FilterValidator() {}

    public static List<FieldError> validate(Filters filters) {
        List<FieldError> errors = new ArrayList<>();
        if (filters == null) {
            return errors;
        }
        each(errors, "filters.platforms", filters.platforms(), DocumentIds::isValidSegment);
        each(errors, "filters.documents", filters.documents(), DocumentIds::isValid);
        each(errors, "filters.types", filters.types(), DocumentIds::isValidSegment);
        each(errors, "filters.topics", filters.topics(), v -> LABEL.matcher(v).matches());
        each(errors, "filters.regulations", filters.regulations(), v -> LABEL.matcher(v).matches());
        each(errors, "filters.eventTypes", filters.eventTypes(), EVENT_TYPES::contains);
        if (filters.minSignificance() != null
                && Significance.parse(filters.minSignificance()) == null) {
            errors.add(
                    new FieldError(
                            "filters.minSignificance",
                            "must be one of cosmetic, minor, substantive"));
        }
        return errors;
    }

    private static void each(
            List<FieldError> errors,
            String field,
            List<String> values,
            java.util.function.Predicate<String> valid) {
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(field, "at most " + MAX_VALUES + " values"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || !valid.test(value)) {
                errors.add(new FieldError(field + "[" + i + "]", message(field, value)));
            }
        }
    }

    private static String message(String field, String value) {
        String shown = value == null ? "null" : "'" + abbreviate(value) + "'";
        return switch (field) {
            case "filters.documents" -> shown + " is not a document id such as zoom/privacy-policy";
            case "filters.eventTypes" -> shown + " is not one of " + String.join(", ", EVENT_TYPES);
            case "filters.platforms", "filters.types" ->
                    shown + " must be lower-case letters, digits and hyphens";
            default ->
                    shown
                            + " must be a label of letters, digits and punctuation, at most 100"
                            + " characters";
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
