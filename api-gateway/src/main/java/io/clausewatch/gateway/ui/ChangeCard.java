package io.clausewatch.gateway.ui;

import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.DocumentChanged;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One change as a line in a list: what, when, how much it matters and what it is about. */
public record ChangeCard(
        String changeId,
        String documentId,
        String platform,
        String documentType,
        int fromVersion,
        int toVersion,
        String capturedAt,
        String capturedAtIso,
        String significance,
        String headline,
        List<String> topics,
        List<String> regulations,
        List<String> signals,
        int provisionsChanged,
        boolean flapping) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    public static ChangeCard of(DocumentChanged change) {
        ChangeSummary summary = change.summary();
        return new ChangeCard(
                change.changeId(),
                change.documentId(),
                change.platform(),
                change.documentType(),
                change.fromVersion(),
                change.toVersion(),
                DAY.format(change.capturedAt()),
                change.capturedAt().toString(),
                change.significance(),
                summary == null || summary.headline() == null
                        ? "New version " + change.toVersion()
                        : summary.headline(),
                summary == null ? List.of() : orEmpty(summary.topics()),
                summary == null ? List.of() : orEmpty(summary.regulations()),
                summary == null ? List.of() : orEmpty(summary.signals()),
                summary == null ? 0 : summary.provisionsChanged(),
                change.flapping());
    }

    public boolean firstVersion() {
        return fromVersion == 0;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
