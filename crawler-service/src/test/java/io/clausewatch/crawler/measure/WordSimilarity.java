package io.clausewatch.crawler.measure;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level similarity of two texts: the share of words the two have in common in order, 2·M /
 * (|a| + |b|) over a longest-common-subsequence alignment. Words are runs of letters and digits,
 * lower-cased, with link targets left out, so Markdown dialects (setext or ATX headings, escapes)
 * do not count as differences.
 */
final class WordSimilarity {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordSimilarity() {}

    static List<String> words(String markdown) {
        String text = LINK_TARGET.matcher(markdown).replaceAll("]");
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static double similarity(String expected, String actual) {
        List<String> a = words(expected);
        List<String> b = words(actual);
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int unmatched = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            unmatched += delta.getSource().size();
        }
        int matched = a.size() - unmatched;
        return 2.0 * matched / (a.size() + b.size());
    }
}
