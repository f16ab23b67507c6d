package io.clausewatch.runner.replay;

import java.time.Instant;
import java.util.List;

/**
 * A change as Clausewatch lists it, reduced to what the report needs.
 *
 * @param fromVersion null for the first version of a document
 * @param capturedAt when the crawler captured the change's new version
 */
public record RecordedChange(
        String changeId,
        Integer fromVersion,
        int toVersion,
        Instant capturedAt,
        String significance,
        List<String> topics,
        List<String> signals,
        boolean historical) {

    public RecordedChange {
        topics = List.copyOf(topics);
        signals = List.copyOf(signals);
    }
}
