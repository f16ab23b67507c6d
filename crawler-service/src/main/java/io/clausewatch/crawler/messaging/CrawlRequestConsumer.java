package io.clausewatch.crawler.messaging;

import io.clausewatch.crawler.service.Crawler;
import io.clausewatch.events.CrawlRequested;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.EventJson;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fetches the documents ordered on {@code crawl.requests}. Requests of different hosts run in
 * parallel; the per-host throttle spaces those of one host. A request is idempotent: crawling a
 * document twice publishes at most one snapshot per distinct text.
 */
@ApplicationScoped
public class CrawlRequestConsumer {

    private final Crawler crawler;

    public CrawlRequestConsumer(Crawler crawler) {
        this.crawler = crawler;
    }

    @Incoming("crawl-requests")
    @Blocking(ordered = false)
    public void onRequest(String payload) {
        CrawlRequested request;
        try {
            request = EventJson.read(payload, CrawlRequested.class);
        } catch (IllegalArgumentException e) {
            Log.warnf("crawl request skipped, unreadable payload: %s", e.getMessage());
            return;
        }
        if (!DocumentIds.isValid(request.documentId())) {
            Log.warnf("crawl request skipped, invalid document id=%s", request.documentId());
            return;
        }
        Log.debugf("crawl request document=%s reason=%s", request.documentId(), request.reason());
        crawler.crawl(request.documentId());
    }
}
