package io.clausewatch.runner.replay;

import io.clausewatch.runner.archive.ArchiveDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to one document in a replay: the versions served (the document as replayed), when
 * each was first served, every fetch, and the changes Clausewatch recorded.
 *
 * @param readableDigests a digest of each position's readable text (see {@link
 *     PageRenderer#readableText}); empty when not computed
 */
public record DocumentReplay(
        ArchiveDocument document,
        Map<Integer, Instant> servedAt,
        List<Fetch> fetches,
        List<RecordedChange> changes,
        Map<Integer, String> readableDigests) {

    public DocumentReplay {
        servedAt = Map.copyOf(servedAt);
        fetches = List.copyOf(fetches);
        changes = List.copyOf(changes);
        readableDigests = Map.copyOf(readableDigests);
    }

    public DocumentReplay(
            ArchiveDocument document,
            Map<Integer, Instant> servedAt,
            List<Fetch> fetches,
            List<RecordedChange> changes) {
        this(document, servedAt, fetches, changes, Map.of());
    }
}
