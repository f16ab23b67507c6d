package io.clausewatch.diff.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

/** The human-readable forms of a comparison: a unified diff and a side-by-side HTML table. */
public final class Renderings {

    private static final int CONTEXT_LINES = 3;

    private Renderings() {}

    /** A unified diff of the two texts, line by line, with three lines of context. */
    public static String unified(String oldText, String newText, String oldName, String newName) {
        List<String> old = oldText.lines().toList();
        List<String> now = newText.lines().toList();
        List<String> lines =
                UnifiedDiffUtils.generateUnifiedDiff(
                        oldName, newName, old, DiffUtils.diff(old, now), CONTEXT_LINES);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** A standalone HTML page: one row per changed provision, old on the left, new on the right. */
    public static String sideBySide(String title, Analysis analysis) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(
                        "</title><style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;")
                .append(
                        "padding:4px;vertical-align:top;white-space:pre-wrap}del{background:#fdd}ins{background:#dfd}")
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1><p>")
                .append(analysis.significance().id())
                .append(
                        "; unchanged provisions are not shown.</p>\n<table><tr><th>Section</th><th>Change</th>")
                .append("<th>Before</th><th>After</th></tr>\n");
        for (ProvisionChange change : analysis.changes()) {
            String[] sides = sides(change.before(), change.after());
            html.append("<tr><td>")
                    .append(escape(change.path()))
                    .append("</td><td>")
                    .append(change.kind())
                    .append(' ')
                    .append(change.significance().id())
                    .append("</td><td>")
                    .append(sides[0])
                    .append("</td><td>")
                    .append(sides[1])
                    .append("</td></tr>\n");
        }
        return html.append("</table></body></html>\n").toString();
    }

    private static String[] sides(String before, String after) {
        if (before == null || after == null) {
            return new String[] {
                before == null ? "" : "<del>" + escape(before) + "</del>",
                after == null ? "" : "<ins>" + escape(after) + "</ins>"
            };
        }
        if (before.length() > WordDiff.MAX_TOKENS * 8 || after.length() > WordDiff.MAX_TOKENS * 8) {
            return new String[] {
                "<del>" + escape(before) + "</del>", "<ins>" + escape(after) + "</ins>"
            };
        }
        List<String> old = Text.tokens(before);
        List<String> now = Text.tokens(after);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                left.append(escape(old.get(o++)));
            }
            while (n < delta.getTarget().getPosition()) {
                right.append(escape(now.get(n++)));
            }
            wrap(left, "del", delta.getSource().getLines());
            wrap(right, "ins", delta.getTarget().getLines());
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        old.subList(o, old.size()).forEach(t -> left.append(escape(t)));
        now.subList(n, now.size()).forEach(t -> right.append(escape(t)));
        return new String[] {left.toString(), right.toString()};
    }

    private static void wrap(StringBuilder out, String tag, List<String> tokens) {
        if (!tokens.isEmpty()) {
            out.append('<')
                    .append(tag)
                    .append('>')
                    .append(escape(String.join("", tokens)))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
