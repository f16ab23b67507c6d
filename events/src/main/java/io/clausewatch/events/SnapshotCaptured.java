package io.clausewatch.events;

import java.time.Instant;
import java.util.List;

/**
 * The canonical text of a document as captured by the crawler, published only when it differs from
 * the text last published for that document.
 *
 * @param textSha256 hex SHA-256 of {@code text}; the diff service's idempotency key
 * @param rawSha256 hex SHA-256 of each raw response the text was extracted from, in URL order
 * @param rulesVersion the version of the document's extraction rules that produced the text
 * @param reextraction true when the text changed because the extraction rules changed, not because
 *     the platform changed its page; such snapshots never alert
 */
public record SnapshotCaptured(
        String documentId,
        String platform,
        String documentType,
        Instant capturedAt,
        List<String> sourceUrls,
        String contentType,
        List<String> rawSha256,
        String textSha256,
        String text,
        int rulesVersion,
        boolean reextraction) {

    public String eventId() {
        return EventIds.of(
                EventTypes.SNAPSHOT_CAPTURED, documentId, textSha256, capturedAt.toString());
    }
}
