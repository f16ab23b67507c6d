package io.clausewatch.crawler.messaging;

import io.clausewatch.crawler.service.Crawler;
import io.clausewatch.events.CrawlRequested;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.EventJson;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fetches the documents ordered on {@code crawl.requests}. Requests of different hosts run in
 * parallel; the per-host throttle spaces those of one host. A request is idempotent: crawling a
 * document twice publishes at most one snapshot per distinct text.
 *
 * <p>An order is acknowledged, and its offset becomes committable, only when its crawl is recorded
 * (or it is unreadable, or given up after repeated non-database failures). A database outage makes
 * the order wait ({@link OrderRetry}); a fetcher killed mid-crawl leaves the offset uncommitted, so
 * Kafka hands the order to the restarted or another instance.
 */
@ApplicationScoped
public class CrawlRequestConsumer {

    private final Crawler crawler;
    private final OrderRetry retry =
            new OrderRetry(Duration.ofMillis(500), Duration.ofSeconds(10), Thread::sleep);

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
        String documentId = request.documentId();
        if (!DocumentIds.isValid(documentId)) {
            Log.warnf("crawl request skipped, invalid document id=%s", documentId);
            return;
        }
        Log.debugf("crawl request document=%s reason=%s", documentId, request.reason());
        try {
            retry.run(documentId, () -> crawler.crawl(documentId));
        } catch (InterruptedException e) {
            // stopping: the lease returns the document to the scheduler
            Thread.currentThread().interrupt();
            Log.infof("crawl order interrupted document=%s", documentId);
        }
    }
}
