package io.clausewatch.crawler.service;

import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.clausewatch.events.CrawlRequested;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.Topics;
import io.clausewatch.kit.outbox.Outbox;
import io.clausewatch.kit.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * Orders a fetch of a document through {@code crawl.requests}, keyed by the host of its first URL
 * so that one fetcher owns each host. The scheduler and "check now" both come through here.
 */
@ApplicationScoped
public class CrawlRequests {

    public static final String SCHEDULED = "scheduled";
    public static final String MANUAL = "manual";

    private final Outbox outbox;

    public CrawlRequests(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CrawlRequested request(TrackedDocument document, String reason, Instant now) {
        RulesVersion rules = RulesVersion.current(document.id);
        String host = hostOf(Json.list(rules.urls).getFirst());
        CrawlRequested request = new CrawlRequested(document.id, host, reason, now);
        outbox.enqueue(
                new OutgoingEvent(
                        Topics.CRAWL_REQUESTS,
                        host,
                        request.eventId(),
                        EventTypes.CRAWL_REQUESTED,
                        EventSources.CRAWLER,
                        document.id,
                        now,
                        request));
        return request;
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
