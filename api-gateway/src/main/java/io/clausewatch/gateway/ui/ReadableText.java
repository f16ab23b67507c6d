package io.clausewatch.gateway.ui;

import java.util.regex.Pattern;

/**
 * Provision text as a reader expects it in an excerpt: Markdown links shown by their label,
 * emphasis marks and backslash escapes dropped. Only for excerpts (topics, search); diffs show the
 * Markdown as stored, so that a changed link target stays visible.
 */
final class ReadableText {

    private static final Pattern LINK =
            Pattern.compile(
                    "!?\\[([^\\]\\n]{0,500})\\]\\([^)\\s]{0,2000}(?:\\s+\"[^\"]{0,200}\")?\\)");

    /**
     * A backslash escape, kept aside (as a private-use mark before the character) until the end.
     */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

    private static final char KEPT = '\uE000';
    private static final Pattern EMPHASIS =
            Pattern.compile(
                    "(?<!\uE000)\\*\\*|(?<!\uE000)__|(?<![\\w*\uE000])\\*(?=\\S)|(?<=[^\\s\uE000])\\*(?![\\w*])");
    private static final Pattern KEPT_CHARACTER = Pattern.compile("\uE000(.)");

    private ReadableText() {}

    static String of(String markdown) {
        String text = ESCAPE.matcher(markdown).replaceAll(m -> quote(KEPT + m.group(1)));
        text = LINK.matcher(text).replaceAll(m -> quote(m.group(1)));
        text = EMPHASIS.matcher(text).replaceAll("");
        return KEPT_CHARACTER.matcher(text).replaceAll(m -> quote(m.group(1)));
    }

    private static String quote(String text) {
        return java.util.regex.Matcher.quoteReplacement(text);
    }
}
