package io.clausewatch.runner.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a version's file name: {@code 2026-08-12T10-30-25Z.md} (the corpus layout, with
 * {@code _2}, {@code _3} for versions sharing a time), {@code 2026-08-12T10:30:25Z.md}, or a plain
 * {@code 2026-08-12.md} (midnight UTC).
 *
 * @param sequence 1 for the first version at a time, 2 for the {@code _2} suffix, and so on
 */
record VersionFileName(Instant capturedAt, int sequence) {

    static final Comparator<VersionFileName> ORDER =
            Comparator.comparing(VersionFileName::capturedAt)
                    .thenComparingInt(VersionFileName::sequence);

    private static final Pattern TIMESTAMP =
            Pattern.compile(
                    "(\\d{4}-\\d{2}-\\d{2})T(\\d{2})[-:](\\d{2})[-:](\\d{2})(?:\\.\\d+)?Z"
                            + "(?:_(\\d+))?\\.md");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:_(\\d+))?\\.md");

    static Optional<VersionFileName> parse(String name) {
        try {
            Matcher timestamp = TIMESTAMP.matcher(name);
            if (timestamp.matches()) {
                Instant at =
                        Instant.parse(
                                "%sT%s:%s:%sZ"
                                        .formatted(
                                                timestamp.group(1),
                                                timestamp.group(2),
                                                timestamp.group(3),
                                                timestamp.group(4)));
                return Optional.of(new VersionFileName(at, sequence(timestamp.group(5))));
            }
            Matcher date = DATE.matcher(name);
            if (date.matches()) {
                Instant at =
                        LocalDate.parse(date.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
                return Optional.of(new VersionFileName(at, sequence(date.group(2))));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int sequence(String suffix) {
        return suffix == null ? 1 : Integer.parseInt(suffix);
    }
}
