package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One changed provision, side by side: the old text and the new, with words marked. */
public record ProvisionDiff(
        String provisionId,
        String path,
        String kind,
        List<Segment> before,
        List<Segment> after,
        List<String> topics,
        List<String> signals) {

    /** Reads a provision change as diff-service reports it. */
    public static ProvisionDiff of(JsonNode provision) {
        String kind = provision.path("kind").asText("edited");
        String before = text(provision, "before");
        String after = text(provision, "after");
        String wordDiff = text(provision, "wordDiff");
        List<Segment> left;
        List<Segment> right;
        if (wordDiff != null && !wordDiff.isEmpty()) {
            WordDiffMarkup.Columns columns = WordDiffMarkup.parse(wordDiff);
            left = columns.before();
            right = columns.after();
        } else {
            left = whole(before, Segment.Kind.REMOVED, "added".equals(kind));
            right = whole(after, Segment.Kind.ADDED, "removed".equals(kind));
        }
        return new ProvisionDiff(
                text(provision, "provisionId"),
                text(provision, "path"),
                kind,
                "added".equals(kind) ? List.of() : left,
                "removed".equals(kind) ? List.of() : right,
                strings(provision.path("topics")),
                strings(provision.path("signals")));
    }

    private static List<Segment> whole(String text, Segment.Kind changed, boolean absent) {
        if (text == null || absent) {
            return List.of();
        }
        return List.of(new Segment(text, changed));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
