package io.clausewatch.events;

import java.time.Instant;

/**
 * A fetch or extraction of a document failed.
 *
 * @param failureClass one of {@code dns, connect, timeout, tls, http_status, robots,
 *     selector_missing, empty, too_large, unsupported_type, invalid_url, internal}
 * @param httpStatus the status code for {@code http_status} failures, else null
 * @param consecutiveFailures failures in a row, this one included
 */
public record CrawlFailed(
        String documentId,
        String url,
        String failureClass,
        String detail,
        Integer httpStatus,
        int consecutiveFailures,
        Instant failedAt) {

    public String eventId() {
        return EventIds.of(EventTypes.CRAWL_FAILED, documentId, failedAt.toString());
    }
}
