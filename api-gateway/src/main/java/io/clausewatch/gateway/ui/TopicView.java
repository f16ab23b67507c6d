package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One topic across platforms as of a date: per platform, the provisions in force that touch it.
 * Read from diff-service's answer, accepting either a list of platforms with their provisions or a
 * flat list of provisions that name their document.
 */
public record TopicView(String topic, String asOf, List<Position> platforms) {

    /** What one platform's documents say about the topic. */
    public record Position(String platform, List<Clause> clauses) {}

    /** One provision in force. */
    public record Clause(String documentId, String provisionId, String path, String text) {}

    public static TopicView of(String topic, String asOf, JsonNode answer) {
        Map<String, List<Clause>> byPlatform = new LinkedHashMap<>();
        JsonNode groups = answer.has("platforms") ? answer.path("platforms") : answer.path("items");
        for (JsonNode group : groups) {
            JsonNode provisions = group.has("provisions") ? group.path("provisions") : null;
            if (provisions == null) {
                add(byPlatform, platformOf(group, null), group, null);
                continue;
            }
            String platform = platformOf(group, null);
            for (JsonNode provision : provisions) {
                add(byPlatform, platformOf(provision, platform), provision, group);
            }
        }
        List<Position> positions = new ArrayList<>();
        byPlatform.forEach((platform, clauses) -> positions.add(new Position(platform, clauses)));
        return new TopicView(topic, asOf, positions);
    }

    private static void add(
            Map<String, List<Clause>> into, String platform, JsonNode provision, JsonNode group) {
        String documentId = ProvisionDiff.text(provision, "documentId");
        if (documentId == null && group != null) {
            documentId = ProvisionDiff.text(group, "documentId");
        }
        String text = ProvisionDiff.text(provision, "text");
        into.computeIfAbsent(platform, ignored -> new ArrayList<>())
                .add(
                        new Clause(
                                documentId,
                                ProvisionDiff.text(provision, "provisionId"),
                                ProvisionDiff.text(provision, "path"),
                                text == null ? ProvisionDiff.text(provision, "excerpt") : text));
    }

    private static String platformOf(JsonNode node, String fallback) {
        String platform = ProvisionDiff.text(node, "platform");
        if (platform != null) {
            return platform;
        }
        String documentId = ProvisionDiff.text(node, "documentId");
        if (documentId != null && documentId.contains("/")) {
            return documentId.substring(0, documentId.indexOf('/'));
        }
        return fallback == null ? "unknown" : fallback;
    }
}
