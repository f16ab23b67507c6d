package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One search result from diff-service's {@code GET /search}: where the provision is and its
 * highlighted excerpt. Postgres marks the matching words (stemmed, so "train" finds "training")
 * with {@code <mark>}; those marks become {@link Segment.Kind#MATCH} segments and every other
 * character stays text, escaped by the template.
 */
public record SearchHit(
        String documentId, int version, String provisionId, String path, List<Segment> snippet) {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    public static SearchHit of(JsonNode hit, String query) {
        String found = ProvisionDiff.text(hit, "highlight");
        String highlight = found == null ? null : ReadableText.of(found);
        List<Segment> snippet =
                highlight != null && highlight.contains(OPEN)
                        ? marked(highlight)
                        : WordDiffMarkup.highlight(
                                highlight == null ? "" : highlight.replace(CLOSE, ""), query);
        return new SearchHit(
                ProvisionDiff.text(hit, "documentId"),
                hit.path("version").asInt(),
                ProvisionDiff.text(hit, "provisionId"),
                ProvisionDiff.text(hit, "path"),
                snippet);
    }

    /** Splits a highlight at its marks; an unclosed mark runs to the end. */
    static List<Segment> marked(String highlight) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < highlight.length()) {
            int open = highlight.indexOf(OPEN, at);
            if (open < 0) {
                segments.add(new Segment(highlight.substring(at), Segment.Kind.SAME));
                break;
            }
            if (open > at) {
                segments.add(new Segment(highlight.substring(at, open), Segment.Kind.SAME));
            }
            int start = open + OPEN.length();
            int close = highlight.indexOf(CLOSE, start);
            int end = close < 0 ? highlight.length() : close;
            segments.add(new Segment(highlight.substring(start, end), Segment.Kind.MATCH));
            at = close < 0 ? highlight.length() : close + CLOSE.length();
        }
        return segments;
    }
}
