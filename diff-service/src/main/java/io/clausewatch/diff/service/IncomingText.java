package io.clausewatch.diff.service;

import java.time.Instant;
import java.util.List;

/**
 * A text offered as a new version of a document, from a crawler snapshot or a historical import.
 *
 * @param historical true for imports and re-extractions: recorded, but never alerted
 * @param reextraction true when the text changed only because the extraction rules changed
 */
public record IncomingText(
        String documentId,
        String platform,
        String documentType,
        Instant capturedAt,
        List<String> sourceUrls,
        String text,
        Integer rulesVersion,
        boolean historical,
        boolean reextraction) {}
