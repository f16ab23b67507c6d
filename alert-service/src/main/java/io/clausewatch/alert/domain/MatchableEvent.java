package io.clausewatch.alert.domain;

import java.util.List;

/**
 * The facts of an incoming event that filters look at.
 *
 * @param significance null for events that are not document changes
 */
public record MatchableEvent(
        String type,
        String documentId,
        String platform,
        String documentType,
        Significance significance,
        List<String> topics,
        List<String> regulations) {

    public MatchableEvent {
        topics = normalized(topics);
        regulations = normalized(regulations);
    }

    /** Topic and regulation labels compare without regard to case or surrounding space. */
    public static List<String> normalized(List<String> labels) {
        return labels == null
                ? List.of()
                : labels.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(label -> label.trim().toLowerCase(java.util.Locale.ROOT))
                        .toList();
    }
}
