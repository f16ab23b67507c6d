package io.clausewatch.diff.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of one provision, as inline markup ({@code [-old-]} and {@code {+new+}}) and as
 * the list of replaced fragments that the signal detectors read. Texts beyond {@value #MAX_TOKENS}
 * tokens are compared as one replacement, which keeps a hostile 5 MB paragraph from costing a
 * quadratic diff.
 */
public record WordDiff(String markup, List<Fragment> fragments, int wordsRemoved, int wordsAdded) {

    static final int MAX_TOKENS = 20_000;

    /** One replaced span: what was there and what is there now (either may be empty). */
    public record Fragment(String removed, String added) {}

    public static WordDiff of(String before, String after) {
        if (before.length() > MAX_TOKENS * 8 || after.length() > MAX_TOKENS * 8) {
            return whole(before, after);
        }
        List<String> old = Text.tokens(before);
        List<String> now = Text.tokens(after);
        if (old.size() > MAX_TOKENS || now.size() > MAX_TOKENS) {
            return whole(before, after);
        }
        StringBuilder markup = new StringBuilder();
        List<Fragment> fragments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            old.subList(position, start).forEach(markup::append);
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            appendChange(markup, removed, added);
            fragments.add(new Fragment(removed, added));
            position = start + delta.getSource().size();
        }
        old.subList(position, old.size()).forEach(markup::append);
        return new WordDiff(
                markup.toString(),
                List.copyOf(fragments),
                count(fragments, true),
                count(fragments, false));
    }

    private static WordDiff whole(String before, String after) {
        List<Fragment> fragments = List.of(new Fragment(before, after));
        StringBuilder markup = new StringBuilder();
        appendChange(markup, before, after);
        return new WordDiff(
                markup.toString(), fragments, Text.words(before).size(), Text.words(after).size());
    }

    private static void appendChange(StringBuilder markup, String removed, String added) {
        if (!removed.isEmpty()) {
            markup.append("[-").append(removed).append("-]");
        }
        if (!added.isEmpty()) {
            markup.append("{+").append(added).append("+}");
        }
    }

    private static int count(List<Fragment> fragments, boolean removed) {
        return fragments.stream()
                .mapToInt(f -> Text.words(removed ? f.removed() : f.added()).size())
                .sum();
    }
}
