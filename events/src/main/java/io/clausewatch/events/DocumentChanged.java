package io.clausewatch.events;

import java.time.Instant;

/**
 * A new version of a document was recorded. Carries a bounded summary; the full diff is one API
 * call away ({@code GET /api/v1/changes/{changeId}}).
 *
 * @param changeId stable id of the change, also the CloudEvents id
 * @param fromVersion the previous version number, 0 when this is the first version
 * @param significance {@code cosmetic}, {@code minor} or {@code substantive}; a first version is
 *     {@code substantive}
 * @param historical true for changes imported from an archive; subscribers are not alerted
 * @param flapping true when the text returned to one of the document's recent versions
 */
public record DocumentChanged(
        String changeId,
        String documentId,
        String platform,
        String documentType,
        int fromVersion,
        int toVersion,
        Instant capturedAt,
        String significance,
        boolean historical,
        boolean flapping,
        ChangeSummary summary) {

    public static String changeIdOf(String documentId, int toVersion) {
        return EventIds.of(EventTypes.DOCUMENT_CHANGED, documentId, Integer.toString(toVersion));
    }
}
