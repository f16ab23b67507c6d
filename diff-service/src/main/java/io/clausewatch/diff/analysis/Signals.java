package io.clausewatch.diff.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal signals in an edited provision, each a short machine-readable string such as {@code
 * modal-shift: will not → may}. They are read from the text a reader sees: link targets and bare
 * web addresses are left out, so a tracking identifier that changes inside a link is not a changed
 * number. Modal phrases are compared after what both versions share at the start and the end is set
 * aside, so an unchanged "may" elsewhere in the clause does not count.
 */
public final class Signals {

    public static final String MODAL_SHIFT = "modal-shift";
    public static final String NEGATION_ADDED = "negation-added";
    public static final String NEGATION_REMOVED = "negation-removed";
    public static final String NUMBER_CHANGED = "number-changed";
    public static final String NEW_THIRD_PARTY = "new-third-party";
    public static final String NEW_DATA_CATEGORY = "new-data-category";
    public static final String OPT_IN_TO_OPT_OUT = "opt-in-to-opt-out";
    public static final String OPT_OUT_TO_OPT_IN = "opt-out-to-opt-in";

    private static final Pattern MODAL =
            Pattern.compile(
                    "\\b(will not|won't|shall not|must not|may not|cannot|can not|do not|does not|never|will|shall|must|may|might|can|could|should)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION =
            Pattern.compile(
                    "\\b(not|no|never|neither|nor|without|none)\\b|n't\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY =
            Pattern.compile(
                    "\\b\\d+(?:[.,]\\d+)?(?:\\s*(?:%|percent|days?|weeks?|months?|years?|hours?|minutes?|business days|calendar days))?",
                    Pattern.CASE_INSENSITIVE);

    /**
     * Calendar dates ("July 19, 2024", "19 July 2024", "May 2024", "2024-07-19", "7/19/2024"), set
     * aside before any signal is read: a changed date is not a changed number of days, the month
     * "May" is not a modal and "August" is not a new third party. A document's stated dates are
     * kept as data of their own (see {@link StatedDates}).
     */
    private static final String MONTH =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern DATE =
            Pattern.compile(
                    "\\b(?:"
                            + MONTH
                            + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+"
                            + MONTH
                            + ",?\\s+\\d{4}"
                            + "|"
                            + MONTH
                            + ",?\\s+\\d{4}"
                            + "|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                            + "|\\d{1,2}/\\d{1,2}/\\d{2,4})(?![\\w-])",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WORD_PERIOD =
            Pattern.compile(
                    "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)\\s+(?:days?|weeks?|months?|years?)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME =
            Pattern.compile(
                    "(?<![.!?]\\s)(?<!^)\\b([A-Z][\\p{L}0-9&]+(?:\\s+[A-Z][\\p{L}0-9&]+){0,3})");
    private static final Pattern SHARING_CONTEXT =
            Pattern.compile(
                    "\\b(share|sharing|disclos\\w*|partner\\w*|provider\\w*|third[- ]part\\w*|affiliate\\w*|vendor\\w*|processor\\w*|sell|sold|transfer\\w*)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_CATEGORY =
            Pattern.compile(
                    "\\b(biometric (data|information|identifiers)|face ?prints?|voice ?prints?|fingerprints?|precise location|location (data|information)|health (data|information)|financial information|payment information|contacts?(?: list)?|browsing history|search history|purchase history|ip address(?:es)?|device identifiers?|advertising identifiers?|photos?|videos?|voice recordings?|audio recordings?|messages|chat (history|logs)|prompts|inputs|outputs|call logs|government[- ]issued id|social security numbers?|credit card (numbers?|information)|political opinions|sexual orientation|religious beliefs|genetic data|keystrokes?|camera roll|screen recordings?)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern OPT_IN =
            Pattern.compile(
                    "\\b(opt[- ]?in|only with your (prior |explicit |express )?consent|if you (choose|agree) to|with your permission)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern OPT_OUT =
            Pattern.compile(
                    "\\b(opt[- ]?out|unless you (object|opt out|turn off|disable)|you (can|may) (object|turn off|disable)|by default)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES =
            Set.of(
                    "We",
                    "You",
                    "Your",
                    "Our",
                    "Us",
                    "The",
                    "This",
                    "These",
                    "That",
                    "If",
                    "When",
                    "For",
                    "In",
                    "To",
                    "And",
                    "Or",
                    "Terms",
                    "Services",
                    "Service",
                    "Policy",
                    "Privacy Policy",
                    "Section",
                    "I",
                    "It",
                    "Any",
                    "All",
                    "A",
                    "An");

    private Signals() {}

    /** The signals of an edit from {@code before} to {@code after}, in a fixed order. */
    public static List<String> of(String beforeMarkdown, String afterMarkdown) {
        String before = withoutDates(Text.readable(beforeMarkdown));
        String after = withoutDates(Text.readable(afterMarkdown));
        Set<String> signals = new LinkedHashSet<>();
        modalShift(before, after, signals);
        negation(before, after, signals);
        numbers(before, after, signals);
        newNames(before, after, signals);
        newDataCategories(before, after, signals);
        optInOut(before, after, signals);
        return List.copyOf(signals);
    }

    /**
     * Compares the sequences of modal phrases on both sides; after dropping what they share at the
     * start and the end, the first differing pair is the shift.
     */
    private static void modalShift(String before, String after, Set<String> signals) {
        List<String> old = lowered(all(MODAL, before));
        List<String> now = lowered(all(MODAL, after));
        int start = 0;
        while (start < old.size() && start < now.size() && old.get(start).equals(now.get(start))) {
            start++;
        }
        int endOld = old.size();
        int endNew = now.size();
        while (endOld > start
                && endNew > start
                && old.get(endOld - 1).equals(now.get(endNew - 1))) {
            endOld--;
            endNew--;
        }
        if (endOld > start && endNew > start) {
            signals.add(MODAL_SHIFT + ": " + old.get(start) + " → " + now.get(start));
        }
    }

    private static List<String> lowered(List<String> values) {
        return values.stream()
                .map(v -> v.toLowerCase(Locale.ROOT).replace("won't", "will not"))
                .toList();
    }

    private static void negation(String before, String after, Set<String> signals) {
        int old = count(NEGATION, before);
        int now = count(NEGATION, after);
        if (now > old) {
            signals.add(NEGATION_ADDED);
        } else if (now < old) {
            signals.add(NEGATION_REMOVED);
        }
    }

    private static void numbers(String before, String after, Set<String> signals) {
        List<String> old = quantities(before);
        List<String> now = quantities(after);
        if (!old.equals(now)) {
            List<String> gone = new ArrayList<>(old);
            gone.removeAll(now);
            List<String> fresh = new ArrayList<>(now);
            fresh.removeAll(old);
            if (!gone.isEmpty() || !fresh.isEmpty()) {
                signals.add(
                        NUMBER_CHANGED
                                + ": "
                                + String.join(", ", gone)
                                + " → "
                                + String.join(", ", fresh));
            }
        }
    }

    private static void newNames(String before, String after, Set<String> signals) {
        if (!SHARING_CONTEXT.matcher(after).find()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(all(NAME, before));
        for (String name : all(NAME, after)) {
            if (!known.contains(name) && !NOT_NAMES.contains(name) && !before.contains(name)) {
                signals.add(NEW_THIRD_PARTY + ": " + name);
            }
        }
    }

    private static void newDataCategories(String before, String after, Set<String> signals) {
        Set<String> old = lower(all(DATA_CATEGORY, before));
        for (String category : lower(all(DATA_CATEGORY, after))) {
            if (!old.contains(category)) {
                signals.add(NEW_DATA_CATEGORY + ": " + category);
            }
        }
    }

    private static void optInOut(String before, String after, Set<String> signals) {
        boolean wasIn = OPT_IN.matcher(before).find();
        boolean wasOut = OPT_OUT.matcher(before).find();
        boolean isIn = OPT_IN.matcher(after).find();
        boolean isOut = OPT_OUT.matcher(after).find();
        if (wasIn && !wasOut && isOut && !isIn) {
            signals.add(OPT_IN_TO_OPT_OUT);
        } else if (wasOut && !wasIn && isIn && !isOut) {
            signals.add(OPT_OUT_TO_OPT_IN);
        }
    }

    private static String withoutDates(String text) {
        return DATE.matcher(text).replaceAll(" ");
    }

    private static List<String> quantities(String text) {
        List<String> found = new ArrayList<>();
        all(QUANTITY, text)
                .forEach(q -> found.add(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        all(NUMBER_WORD_PERIOD, text).forEach(q -> found.add(q.toLowerCase(Locale.ROOT)));
        found.sort(null);
        return found;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null;
    }

    private static int count(Pattern pattern, String text) {
        return all(pattern, text).size();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(
                    matcher.groupCount() > 0 && matcher.group(1) != null
                            ? matcher.group(1)
                            : matcher.group());
        }
        return found;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.forEach(v -> result.add(v.toLowerCase(Locale.ROOT)));
        return result;
    }
}
