package io.clausewatch.diff.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "last updated" and "effective" dates a document states about itself, such as {@code Last
 * updated: March 3, 2024} or {@code Effective date: 2024-03-03}. Only the first few thousand
 * characters are read, where such statements live.
 */
public final class StatedDates {

    private static final int HEAD = 6_000;
    private static final String DATE =
            "(\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})";
    private static final Pattern UPDATED =
            Pattern.compile(
                    "(?i:last (?:updated|modified|revised)|updated(?: on)?|revised(?: on)?|date of last revision)\\W{0,6}(?:on\\s+)?"
                            + DATE);
    private static final Pattern EFFECTIVE =
            Pattern.compile(
                    "(?i:effective(?: date| as of| from| on)?|in effect (?:as of|from))\\W{0,6}(?:on\\s+)?"
                            + DATE);
    private static final List<DateTimeFormatter> FORMATS =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    formatter("MMMM d, uuuu"),
                    formatter("MMMM d uuuu"),
                    formatter("MMM d, uuuu"),
                    formatter("MMM. d, uuuu"),
                    formatter("d MMMM uuuu"),
                    formatter("d MMM uuuu"),
                    formatter("M/d/uuuu"));

    /** Either date may be null when the document does not state it. */
    public record Dates(LocalDate updated, LocalDate effective) {}

    private StatedDates() {}

    public static Dates of(String markdown) {
        String head = Text.plain(markdown.length() > HEAD ? markdown.substring(0, HEAD) : markdown);
        return new Dates(find(UPDATED, head), find(EFFECTIVE, head));
    }

    private static LocalDate find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            LocalDate date = parse(matcher.group(1));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static LocalDate parse(String value) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** True when a provision is a short statement of such a date, whose change is cosmetic. */
    public static boolean isDateLine(String markdown) {
        if (markdown.length() > 200) {
            return false;
        }
        String plain = Text.plain(markdown);
        return UPDATED.matcher(plain).find() || EFFECTIVE.matcher(plain).find();
    }
}
