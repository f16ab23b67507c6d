package io.clausewatch.crawler.service;

import io.clausewatch.crawler.config.CrawlerConfig;
import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.clausewatch.kit.store.StoreErrors;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Claims due documents and orders their fetch. Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so replicas share the work without a leader; a claimed document is leased for its fetch
 * time budget or until its check is recorded (see {@link Schedule}).
 */
@ApplicationScoped
public class CrawlScheduler {

    private final EntityManager entityManager;
    private final CrawlRequests requests;
    private final CrawlerConfig config;

    public CrawlScheduler(
            EntityManager entityManager, CrawlRequests requests, CrawlerConfig config) {
        this.entityManager = entityManager;
        this.requests = requests;
        this.config = config;
    }

    @Scheduled(
            every = "${clausewatch.scheduler.every:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int claimed = claimDue();
            if (claimed > 0) {
                Log.debugf("scheduler claimed count=%d", claimed);
            }
        } catch (RuntimeException e) {
            if (!StoreErrors.isOutage(e)) {
                throw e;
            }
            // nothing is claimed while the database is away; the next tick tries again
            Log.warnf("scheduler tick skipped, database unavailable: %s", e.getMessage());
        }
    }

    @Transactional
    public int claimDue() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        @SuppressWarnings("unchecked")
        List<TrackedDocument> due =
                entityManager
                        .createNativeQuery(
                                "select * from document where enabled and next_check_at <= ?1"
                                        + " order by next_check_at limit ?2 for update skip locked",
                                TrackedDocument.class)
                        .setParameter(1, now)
                        .setParameter(2, config.schedulerBatch())
                        .getResultList();
        Duration perUrl = Schedule.perUrlBudget(config);
        for (TrackedDocument document : due) {
            int urls = Json.list(RulesVersion.current(document.id).urls).size();
            document.nextCheckAt = Schedule.leaseEnd(document, urls, perUrl, now);
            requests.request(document, CrawlRequests.SCHEDULED, now);
        }
        return due.size();
    }
}
