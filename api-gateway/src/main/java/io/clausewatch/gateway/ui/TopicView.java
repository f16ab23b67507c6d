package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One topic across platforms as of a date, read from diff-service's {@code GET /topics/{topic}}:
 * the provisions in force that touch the topic, grouped by platform in the order diff-service lists
 * them (by document).
 *
 * @param label the topic's name for people, such as "AI training on user content"
 * @param regulations the regulations the topic touches
 */
public record TopicView(
        String topic,
        String label,
        List<String> regulations,
        String asOf,
        List<Position> platforms) {

    /** Provisions longer than this are shown cut at a word, ending in an ellipsis. */
    static final int EXCERPT_CHARS = 700;

    /** What one platform's documents say about the topic. */
    public record Position(String platform, List<Clause> clauses) {}

    /** One provision in force, from version {@code version} of its document. */
    public record Clause(
            String documentId, int version, String provisionId, String path, String text) {}

    public static TopicView of(String topic, String asOf, JsonNode answer) {
        Map<String, List<Clause>> byPlatform = new LinkedHashMap<>();
        for (JsonNode provision : answer.path("provisions")) {
            String text = ProvisionDiff.text(provision, "text");
            byPlatform
                    .computeIfAbsent(
                            ProvisionDiff.text(provision, "platform"), ignored -> new ArrayList<>())
                    .add(
                            new Clause(
                                    ProvisionDiff.text(provision, "documentId"),
                                    provision.path("version").asInt(),
                                    ProvisionDiff.text(provision, "provisionId"),
                                    ProvisionDiff.text(provision, "path"),
                                    excerpt(ReadableText.of(text == null ? "" : text))));
        }
        List<Position> positions = new ArrayList<>();
        byPlatform.forEach((platform, clauses) -> positions.add(new Position(platform, clauses)));
        String label = ProvisionDiff.text(answer, "label");
        return new TopicView(
                topic,
                label == null ? topic : label,
                ProvisionDiff.strings(answer.path("regulations")),
                asOf,
                positions);
    }

    private static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
    }
}
