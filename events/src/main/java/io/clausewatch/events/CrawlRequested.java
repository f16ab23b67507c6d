package io.clausewatch.events;

import java.time.Instant;

/**
 * An order to fetch one document now. Keyed by host on {@link Topics#CRAWL_REQUESTS}, so all
 * fetches of one host reach one fetcher and its politeness delay holds across replicas.
 *
 * @param reason {@code scheduled} when the check interval elapsed, {@code manual} for "check now"
 */
public record CrawlRequested(String documentId, String host, String reason, Instant requestedAt) {

    public String eventId() {
        return EventIds.of(EventTypes.CRAWL_REQUESTED, documentId, requestedAt.toString());
    }
}
