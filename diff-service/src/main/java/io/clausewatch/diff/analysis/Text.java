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
    private static final Pattern RELATIVE_DATE =
            Pattern.compile("\\b\\d+\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago\\b");

    private Text() {}

    /** The readable text: link labels kept, link targets, tags and emphasis marks dropped. */
    public static String plain(String markdown) {
        String text = markdown;
        if (text.indexOf('[') >= 0) {
            text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (text.indexOf('<') >= 0) {
            text = TAG.matcher(text).replaceAll(" ");
        }
        if (hasEmphasis(text)) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        return collapseSpaces(text);
    }

    /**
     * The words a reader sees, in their case: {@link #plain} without bare URLs either, so that
     * numbers and names inside web addresses are not read as part of the clause.
     */
    public static String readable(String markdown) {
        String text = plain(markdown);
        if (text.contains("http") || text.contains("www.")) {
            text = collapseSpaces(URL.matcher(text).replaceAll(" "));
        }
        return text;
    }

    /**
     * What a provision says once everything cosmetic is gone: case, punctuation, spacing, link
     * targets and their tracking parameters, bare URLs, emphasis and relative dates ("3 days ago").
     * The cheap checks before each pattern keep long provisions from paying for absent syntax.
     */
    public static String cosmeticKey(String markdown) {
        return cosmeticKeyOfPlain(plain(markdown));
    }

    /** {@link #cosmeticKey} of a text already made {@link #plain}. */
    static String cosmeticKeyOfPlain(String plain) {
        String text = plain;
        if (text.contains("http") || text.contains("www.")) {
            text = URL.matcher(text).replaceAll(" ");
        }
        text = text.toLowerCase(Locale.ROOT);
        if (text.contains(" ago")) {
            text = RELATIVE_DATE.matcher(text).replaceAll(" ");
        }
        return String.join(" ", words(text));
    }

    private static boolean hasEmphasis(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '~') {
                return true;
            }
        }
        return false;
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of a text (letters and digits), in order, without punctuation. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < length && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** Letters, digits, combining marks and apostrophes continue a word (don't, l’accord). */
    private static boolean isWordPart(int c) {
        if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
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
