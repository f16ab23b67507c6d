package io.clausewatch.gateway.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the inline word diff of a provision ({@code [-old-]} and {@code {+new+}}) into the two
 * columns of a side-by-side view: the old text with its removals marked, the new text with its
 * additions marked.
 */
public final class WordDiffMarkup {

    private WordDiffMarkup() {}

    /** The two columns of one edited provision. */
    public record Columns(List<Segment> before, List<Segment> after) {}

    public static Columns parse(String markup) {
        List<Segment> before = new ArrayList<>();
        List<Segment> after = new ArrayList<>();
        int at = 0;
        while (at < markup.length()) {
            int removal = markup.indexOf("[-", at);
            int addition = markup.indexOf("{+", at);
            int next = firstOf(removal, addition);
            if (next < 0) {
                same(before, after, markup.substring(at));
                break;
            }
            boolean isRemoval = next == removal;
            int end = markup.indexOf(isRemoval ? "-]" : "+}", next + 2);
            if (end < 0) {
                same(before, after, markup.substring(at));
                break;
            }
            same(before, after, markup.substring(at, next));
            String changed = markup.substring(next + 2, end);
            if (isRemoval) {
                before.add(new Segment(changed, Segment.Kind.REMOVED));
            } else {
                after.add(new Segment(changed, Segment.Kind.ADDED));
            }
            at = end + 2;
        }
        return new Columns(List.copyOf(before), List.copyOf(after));
    }

    /** Marks each occurrence of the query's words in a text, for search results. */
    public static List<Segment> highlight(String text, String query) {
        List<String> words =
                List.of(query.toLowerCase(Locale.ROOT).split("\\W+")).stream()
                        .filter(word -> word.length() > 1)
                        .toList();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            String found = null;
            for (String word : words) {
                int index = lower.indexOf(word, at);
                if (index >= 0 && (best < 0 || index < best)) {
                    best = index;
                    found = word;
                }
            }
            if (best < 0) {
                segments.add(new Segment(text.substring(at), Segment.Kind.SAME));
                break;
            }
            if (best > at) {
                segments.add(new Segment(text.substring(at, best), Segment.Kind.SAME));
            }
            segments.add(
                    new Segment(text.substring(best, best + found.length()), Segment.Kind.MATCH));
            at = best + found.length();
        }
        return segments;
    }

    private static void same(List<Segment> before, List<Segment> after, String text) {
        if (!text.isEmpty()) {
            before.add(new Segment(text, Segment.Kind.SAME));
            after.add(new Segment(text, Segment.Kind.SAME));
        }
    }

    private static int firstOf(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
