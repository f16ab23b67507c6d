package io.clausewatch.diff.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A change as {@code GET /changes} lists it: the fields of a {@code DocumentChanged} event, with
 * the summary written out as it is stored. The stored summary is the event's own JSON, so reading
 * it into records only to write it again would cost most of the time of a page (50 summaries).
 */
public record ListedChange(
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
        @JsonRawValue String summary) {}
