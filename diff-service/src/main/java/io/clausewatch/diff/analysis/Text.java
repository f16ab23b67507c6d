package io.clausewatch.diff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalisations shared by the aligner, the classifier and the topic matcher. */
public final class Text {

    private static final Pattern LINK =
            Pattern.compile(
                    "!?\\[([^\\]\\n]{0,2000})\\]\\([^)\\s]{0,4000}(?:\\s+\"[^\"]{0,500}\")?\\)");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s)\\]>]{1,4000}");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>\\n]{0,500}>");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]+");
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*");
    private static final Pattern RELATIVE_DATE =
            Pattern.compile("\\b\\d+\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago\\b");

    private Text() {}

    /** The readable text: link labels kept, link targets, tags and emphasis marks dropped. */
    public static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = TAG.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * What a provision says once everything cosmetic is gone: case, punctuation, spacing, link
     * targets and their tracking parameters, bare URLs, emphasis and relative dates ("3 days ago").
     */
    public static String cosmeticKey(String markdown) {
        String text = URL.matcher(plain(markdown)).replaceAll(" ").toLowerCase(Locale.ROOT);
        text = RELATIVE_DATE.matcher(text).replaceAll(" ");
        return String.join(" ", words(text));
    }

    /** The words of a text (letters and digits), in order, without punctuation. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Words, single punctuation marks and the whitespace between them, for word-level diffs. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                tokens.add(text.substring(last, matcher.start()));
            }
            tokens.add(matcher.group());
            last = matcher.end();
        }
        if (last < text.length()) {
            tokens.add(text.substring(last));
        }
        return tokens;
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
    public static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
