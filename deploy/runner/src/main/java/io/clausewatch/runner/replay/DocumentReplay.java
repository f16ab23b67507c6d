package io.clausewatch.runner.replay;

import io.clausewatch.runner.archive.ArchiveDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to one document in a replay: the versions served (the document as replayed), when
 * each was first served, every fetch, and the changes Clausewatch recorded.
 */
public record DocumentReplay(
        ArchiveDocument document,
        Map<Integer, Instant> servedAt,
        List<Fetch> fetches,
        List<RecordedChange> changes) {

    public DocumentReplay {
        servedAt = Map.copyOf(servedAt);
        fetches = List.copyOf(fetches);
        changes = List.copyOf(changes);
    }
}
