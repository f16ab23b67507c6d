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
        topics = topics == null ? List.of() : List.copyOf(topics);
        regulations = regulations == null ? List.of() : List.copyOf(regulations);
    }
}
