package io.clausewatch.events;

import java.time.Instant;

/** A document that was failing was fetched and extracted successfully again. */
public record CrawlRecovered(
        String documentId, Instant failingSince, int failuresBefore, Instant recoveredAt) {

    public String eventId() {
        return EventIds.of(EventTypes.CRAWL_RECOVERED, documentId, recoveredAt.toString());
    }
}
