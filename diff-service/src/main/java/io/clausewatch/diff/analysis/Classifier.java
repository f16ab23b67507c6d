package io.clausewatch.diff.analysis;

import java.util.List;

/**
 * The significance rules, applied to one changed provision in this order:
 *
 * <ol>
 *   <li>cosmetic: the cosmetic keys of both sides are equal (spacing, punctuation, case, link
 *       targets and their tracking parameters, emphasis, relative dates, list numbering, pure moves
 *       and reflowed paragraphs); or both sides are a short "last updated"/"effective" statement;
 *   <li>substantive: the edit carries a legal signal (modal shift, negation, number or period, new
 *       third party or data category, opt-in/opt-out);
 *   <li>substantive: a provision of {@value #SUBSTANTIVE_WORDS} words or more was added or removed,
 *       or one that touches a topic (headings excepted);
 *   <li>substantive: an edit changed at least {@value #SUBSTANTIVE_WORDS} words, or at least
 *       {@value #TOPIC_WORDS} words of a provision that touches a topic;
 *   <li>minor: everything else.
 * </ol>
 */
public final class Classifier {

    static final int SUBSTANTIVE_WORDS = 12;
    static final int TOPIC_WORDS = 3;

    private Classifier() {}

    public static Significance classify(
            boolean heading,
            String before,
            String after,
            WordDiff diff,
            List<String> signals,
            boolean topical) {
        if (isCosmetic(before, after)) {
            return Significance.COSMETIC;
        }
        if (!signals.isEmpty()) {
            return Significance.SUBSTANTIVE;
        }
        if (diff == null) {
            String text = before == null ? after : before;
            int words = Text.words(text).size();
            return !heading && (words >= SUBSTANTIVE_WORDS || topical)
                    ? Significance.SUBSTANTIVE
                    : Significance.MINOR;
        }
        int changed = Math.max(diff.wordsAdded(), diff.wordsRemoved());
        if (changed >= SUBSTANTIVE_WORDS || (topical && changed >= TOPIC_WORDS)) {
            return Significance.SUBSTANTIVE;
        }
        return Significance.MINOR;
    }

    private static boolean isCosmetic(String before, String after) {
        if (before == null || after == null) {
            return false;
        }
        if (Text.cosmeticKey(stripLabels(before)).equals(Text.cosmeticKey(stripLabels(after)))) {
            return true;
        }
        return StatedDates.isDateLine(before) && StatedDates.isDateLine(after);
    }

    private static String stripLabels(String text) {
        return text.replaceAll(
                "(?m)^\\s*(?:#{1,6}\\s+)?(?:(?:[0-9]{1,3}\\.)*[0-9]{1,3}\\.?|\\(?[a-z]\\)|\\([ivx]{1,5}\\))\\s+",
                "");
    }
}
