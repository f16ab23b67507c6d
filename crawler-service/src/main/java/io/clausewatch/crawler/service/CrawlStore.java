package io.clausewatch.crawler.service;

import io.clausewatch.crawler.domain.PageState;
import io.clausewatch.crawler.domain.RawResponse;
import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.Snapshot;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.clausewatch.crawler.extract.RawPage;
import io.clausewatch.crawler.extract.SelectorRules;
import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.events.CrawlFailed;
import io.clausewatch.events.CrawlRecovered;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.SnapshotCaptured;
import io.clausewatch.events.Topics;
import io.clausewatch.kit.outbox.Outbox;
import io.clausewatch.kit.outbox.OutgoingEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The crawl's short transactions: read the plan, record a capture, an unchanged check or a failure,
 * each with the events it announces written to the outbox in the same transaction.
 */
@ApplicationScoped
public class CrawlStore {

    private final Outbox outbox;
    private final EntityManager entityManager;

    public CrawlStore(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    @Transactional
    CrawlPlan plan(String documentId) {
        TrackedDocument document = TrackedDocument.findById(documentId);
        if (document == null || !document.enabled) {
            return null;
        }
        RulesVersion rules = RulesVersion.current(documentId);
        Map<String, CrawlPlan.PreviousPage> previous = new HashMap<>();
        List<PageState> states = PageState.list("documentId", documentId);
        for (PageState state : states) {
            previous.put(
                    state.url,
                    new CrawlPlan.PreviousPage(state.etag, state.lastModified, state.rawSha256));
        }
        return new CrawlPlan(
                document.id,
                document.platformId,
                document.type,
                document.rulesVersion,
                Json.list(rules.urls),
                new SelectorRules(Json.list(rules.selectCss), Json.list(rules.removeCss)),
                document.lastTextSha256,
                document.lastRulesVersion,
                previous);
    }

    @Transactional
    RawPage archived(String sha256, String url) {
        RawResponse raw = RawResponse.findById(sha256);
        return raw == null
                ? null
                : new RawPage(url, raw.contentType, RawArchive.gunzip(raw.bodyGzip));
    }

    @Transactional
    void recordCaptured(
            CrawlPlan plan,
            List<PageResult> pages,
            String text,
            String textSha256,
            boolean reextraction,
            Instant now) {
        TrackedDocument document = lockedDocument(plan.documentId());
        if (document == null) {
            return;
        }
        storePages(plan.documentId(), pages, now);
        if (Objects.equals(document.lastTextSha256, textSha256)) {
            succeed(document, now);
            return;
        }
        List<String> rawShas = pages.stream().map(PageResult::rawSha256).toList();
        SnapshotCaptured snapshot =
                new SnapshotCaptured(
                        document.id,
                        document.platformId,
                        document.type,
                        now,
                        pages.stream().map(PageResult::url).toList(),
                        contentType(pages),
                        rawShas,
                        textSha256,
                        text,
                        plan.rulesVersion(),
                        reextraction);
        Snapshot row = new Snapshot();
        row.documentId = document.id;
        row.capturedAt = now;
        row.textSha256 = textSha256;
        row.rawSha256 = Json.list(rawShas);
        row.rulesVersion = plan.rulesVersion();
        row.reextraction = reextraction;
        row.eventId = snapshot.eventId();
        row.persist();
        document.lastTextSha256 = textSha256;
        document.lastRulesVersion = plan.rulesVersion();
        outbox.enqueue(
                new OutgoingEvent(
                        Topics.CRAWL_SNAPSHOTS,
                        document.id,
                        snapshot.eventId(),
                        EventTypes.SNAPSHOT_CAPTURED,
                        EventSources.CRAWLER,
                        document.id,
                        now,
                        snapshot));
        succeed(document, now);
        Log.infof(
                "snapshot captured document=%s sha256=%s rulesVersion=%d reextraction=%s",
                document.id, textSha256, plan.rulesVersion(), reextraction);
    }

    @Transactional
    void recordUnchanged(CrawlPlan plan, List<PageResult> pages, Instant now) {
        TrackedDocument document = lockedDocument(plan.documentId());
        if (document == null) {
            return;
        }
        storePages(plan.documentId(), pages, now);
        if (document.lastRulesVersion == null || document.lastRulesVersion < plan.rulesVersion()) {
            document.lastRulesVersion = plan.rulesVersion();
        }
        succeed(document, now);
    }

    @Transactional
    void recordFailure(String documentId, String url, CrawlFailure failure, Instant now) {
        TrackedDocument document = lockedDocument(documentId);
        if (document == null) {
            return;
        }
        document.lastCheckedAt = now;
        document.nextCheckAt = Schedule.nextCheck(document, now);
        document.lastFailureAt = now;
        document.lastFailureClass = failure.failureClass().wireName();
        document.lastFailureDetail = truncate(failure.getMessage(), 1000);
        if (document.consecutiveFailures == 0) {
            document.failingSince = now;
        }
        document.consecutiveFailures++;
        CrawlFailed event =
                new CrawlFailed(
                        documentId,
                        url,
                        document.lastFailureClass,
                        document.lastFailureDetail,
                        failure.httpStatus(),
                        document.consecutiveFailures,
                        now);
        outbox.enqueue(
                new OutgoingEvent(
                        Topics.CRAWL_FAILURES,
                        documentId,
                        event.eventId(),
                        EventTypes.CRAWL_FAILED,
                        EventSources.CRAWLER,
                        documentId,
                        now,
                        event));
        Log.infof(
                "crawl failed document=%s class=%s consecutive=%d detail=%s",
                documentId,
                document.lastFailureClass,
                document.consecutiveFailures,
                document.lastFailureDetail);
    }

    private void succeed(TrackedDocument document, Instant now) {
        document.lastCheckedAt = now;
        document.nextCheckAt = Schedule.nextCheck(document, now);
        document.lastSuccessAt = now;
        if (document.consecutiveFailures > 0) {
            CrawlRecovered event =
                    new CrawlRecovered(
                            document.id, document.failingSince, document.consecutiveFailures, now);
            outbox.enqueue(
                    new OutgoingEvent(
                            Topics.CRAWL_FAILURES,
                            document.id,
                            event.eventId(),
                            EventTypes.CRAWL_RECOVERED,
                            EventSources.CRAWLER,
                            document.id,
                            now,
                            event));
            Log.infof(
                    "crawl recovered document=%s failuresBefore=%d",
                    document.id, document.consecutiveFailures);
            document.consecutiveFailures = 0;
            document.failingSince = null;
        }
    }

    private void storePages(String documentId, List<PageResult> pages, Instant now) {
        for (PageResult page : pages) {
            if (page.fresh()) {
                RawArchive.store(entityManager, page, now);
            }
            PageState state =
                    PageState.find("documentId = ?1 and url = ?2", documentId, page.url())
                            .firstResult();
            boolean created = state == null;
            if (created) {
                state = new PageState();
                state.documentId = documentId;
                state.url = page.url();
            }
            state.etag = page.etag();
            state.lastModified = page.lastModified();
            state.rawSha256 = page.rawSha256();
            state.fetchedAt = now;
            if (created) {
                state.persist();
            }
        }
    }

    private TrackedDocument lockedDocument(String documentId) {
        return entityManager.find(
                TrackedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String contentType(List<PageResult> pages) {
        String type = pages.getFirst().page().contentType();
        return type == null ? "text/html" : type.split(";", 2)[0].trim();
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
