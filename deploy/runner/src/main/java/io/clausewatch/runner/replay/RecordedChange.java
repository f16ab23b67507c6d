package io.clausewatch.runner.replay;

import java.time.Instant;
import java.util.List;

/**
 * A change as Clausewatch lists it, reduced to what the report needs.
 *
 * @param fromVersion null for the first version of a document
 * @param capturedAt when the crawler captured the change's new version
 * @param flapping the text returned to one of its recent versions: recorded, but not announced to
 *     subscribers
 */
public record RecordedChange(
        String changeId,
        Integer fromVersion,
        int toVersion,
        Instant capturedAt,
        String significance,
        List<String> topics,
        List<String> signals,
        boolean historical,
        boolean flapping) {

    /** Whether subscribers hear of it: historical and flapping changes are not announced. */
    public boolean announced() {
        return !historical && !flapping;
    }

    public RecordedChange {
        topics = List.copyOf(topics);
        signals = List.copyOf(signals);
    }
}
