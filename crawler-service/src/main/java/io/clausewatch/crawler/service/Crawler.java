package io.clausewatch.crawler.service;

import crawlercommons.robots.BaseRobotRules;
import io.clausewatch.crawler.config.CrawlerConfig;
import io.clausewatch.crawler.extract.CanonicalText;
import io.clausewatch.crawler.extract.PageExtractor;
import io.clausewatch.crawler.extract.RawPage;
import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import io.clausewatch.crawler.fetch.FetchedPage;
import io.clausewatch.crawler.fetch.HostThrottle;
import io.clausewatch.crawler.fetch.PageFetcher;
import io.clausewatch.crawler.fetch.RobotsPolicy;
import io.clausewatch.crawler.fetch.Validators;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Crawls one document: fetch each URL (robots.txt, host spacing, conditional GET), extract the
 * canonical text, and record a snapshot when the text differs from the last one published, or a
 * classified failure. No transaction is held while the network is used.
 */
@ApplicationScoped
public class Crawler {

    private final CrawlStore store;
    private final PageFetcher fetcher;
    private final RobotsPolicy robots;
    private final HostThrottle throttle;
    private final PageExtractor extractor;
    private final CrawlerConfig config;
    private final Map<String, ReentrantLock> inFlight = new ConcurrentHashMap<>();

    public Crawler(
            CrawlStore store,
            PageFetcher fetcher,
            RobotsPolicy robots,
            HostThrottle throttle,
            PageExtractor extractor,
            CrawlerConfig config) {
        this.store = store;
        this.fetcher = fetcher;
        this.robots = robots;
        this.throttle = throttle;
        this.extractor = extractor;
        this.config = config;
    }

    /** Crawls a document; crawls of one document never overlap. */
    public void crawl(String documentId) {
        ReentrantLock lock = inFlight.computeIfAbsent(documentId, id -> new ReentrantLock());
        lock.lock();
        try {
            CrawlPlan plan = store.plan(documentId);
            if (plan == null) {
                Log.debugf("crawl skipped, document unknown or disabled document=%s", documentId);
                return;
            }
            crawl(plan);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fetches and extracts, then records the outcome. A failure of the page or of the extraction is
     * recorded as the document's failure; a failure of the database is not the page's fault and is
     * thrown to the caller, which tries the whole crawl again (see {@code CrawlRequestConsumer}).
     */
    private void crawl(CrawlPlan plan) {
        String currentUrl = plan.urls().getFirst();
        Outcome outcome;
        try {
            List<PageResult> pages = new ArrayList<>();
            for (String url : plan.urls()) {
                currentUrl = url;
                pages.add(fetch(plan, url));
            }
            currentUrl = plan.urls().getFirst();
            outcome = outcome(plan, pages);
        } catch (StoreFailure e) {
            throw e;
        } catch (CrawlFailure failure) {
            store.recordFailure(plan.documentId(), currentUrl, failure, now());
            return;
        } catch (RuntimeException e) {
            Log.errorf(e, "crawl failed unexpectedly document=%s", plan.documentId());
            store.recordFailure(
                    plan.documentId(),
                    currentUrl,
                    new CrawlFailure(FailureClass.INTERNAL, "unexpected error while crawling"),
                    now());
            return;
        }

        Instant now = now();
        if (outcome.text() == null) {
            store.recordUnchanged(plan, outcome.pages(), now);
        } else {
            store.recordCaptured(
                    plan,
                    outcome.pages(),
                    outcome.text(),
                    outcome.sha(),
                    outcome.reextraction(),
                    now);
        }
    }

    /** The pages and, when the text differs from the last one published, the new text. */
    private Outcome outcome(CrawlPlan plan, List<PageResult> pages) {
        if (nothingNew(plan, pages)) {
            return new Outcome(pages, null, null, false);
        }
        List<PageResult> complete = withBodies(plan, pages);
        String text =
                extractor.extract(complete.stream().map(PageResult::page).toList(), plan.rules());
        String sha = CanonicalText.sha256(text);
        if (sha.equals(plan.lastTextSha256())) {
            return new Outcome(complete, null, null, false);
        }
        return new Outcome(complete, text, sha, isReextraction(plan, text));
    }

    private record Outcome(List<PageResult> pages, String text, String sha, boolean reextraction) {}

    private PageResult fetch(CrawlPlan plan, String url) {
        URI uri = parse(url);
        BaseRobotRules rules = robots.check(uri);
        throttle.await(uri.getHost(), delayFor(rules));
        CrawlPlan.PreviousPage previous = plan.previous().get(url);
        Validators validators =
                previous == null
                        ? Validators.NONE
                        : new Validators(previous.etag(), previous.lastModified());
        FetchedPage page = fetcher.fetch(uri, validators);
        if (page.notModified()) {
            if (previous == null) {
                throw new CrawlFailure(
                        FailureClass.HTTP_STATUS, "304 to an unconditional GET", 304);
            }
            String etag = page.etag() == null ? previous.etag() : page.etag();
            String lastModified =
                    page.lastModified() == null ? previous.lastModified() : page.lastModified();
            return new PageResult(url, previous.rawSha256(), null, etag, lastModified, false);
        }
        RawPage raw = new RawPage(page.finalUri().toString(), page.contentType(), page.body());
        return new PageResult(
                url,
                CanonicalText.sha256(page.body()),
                raw,
                page.etag(),
                page.lastModified(),
                true);
    }

    /** Every page answered 304 and the rules are those of the last published text. */
    private static boolean nothingNew(CrawlPlan plan, List<PageResult> pages) {
        boolean allNotModified = pages.stream().allMatch(page -> page.page() == null);
        return allNotModified
                && plan.lastTextSha256() != null
                && Integer.valueOf(plan.rulesVersion()).equals(plan.lastRulesVersion());
    }

    /** Fills in bodies of pages that answered 304 from the archive. */
    private List<PageResult> withBodies(CrawlPlan plan, List<PageResult> pages) {
        List<PageResult> complete = new ArrayList<>(pages.size());
        for (PageResult page : pages) {
            if (page.page() != null) {
                complete.add(page);
                continue;
            }
            RawPage archived = archived(page.rawSha256(), page.url());
            if (archived == null) {
                FetchedPage fresh = fetcher.fetch(parse(page.url()), Validators.NONE);
                archived =
                        new RawPage(fresh.finalUri().toString(), fresh.contentType(), fresh.body());
                complete.add(
                        new PageResult(
                                page.url(),
                                CanonicalText.sha256(fresh.body()),
                                archived,
                                fresh.etag(),
                                fresh.lastModified(),
                                true));
            } else {
                complete.add(
                        new PageResult(
                                page.url(),
                                page.rawSha256(),
                                archived,
                                page.etag(),
                                page.lastModified(),
                                false));
            }
        }
        return complete;
    }

    /**
     * The text changed because Clausewatch reads the page differently, not because the platform
     * changed it: the pages behind the last published text, read again now, give the new text. That
     * covers new selector rules and also a new release of the extractor, which no rules version
     * records, so the check runs on every change of text (rare next to unchanged checks).
     */
    private boolean isReextraction(CrawlPlan plan, String text) {
        if (plan.lastTextSha256() == null) {
            return false;
        }
        List<RawPage> previousPages = new ArrayList<>();
        for (String url : plan.urls()) {
            CrawlPlan.PreviousPage previous = plan.previous().get(url);
            RawPage archived = previous == null ? null : archived(previous.rawSha256(), url);
            if (archived == null) {
                return false;
            }
            previousPages.add(archived);
        }
        try {
            return extractor.extract(previousPages, plan.rules()).equals(text);
        } catch (CrawlFailure failure) {
            return false;
        }
    }

    /** A page from the raw archive; a database failure here is the store's, not the page's. */
    private RawPage archived(String sha256, String url) {
        try {
            return store.archived(sha256, url);
        } catch (RuntimeException e) {
            throw new StoreFailure(e);
        }
    }

    private Duration delayFor(BaseRobotRules rules) {
        Duration delay = config.hostDelay();
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay > 0) {
            Duration asked = Duration.ofMillis(crawlDelay);
            Duration capped =
                    asked.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : asked;
            if (capped.compareTo(delay) > 0) {
                delay = capped;
            }
        }
        return delay;
    }

    private static URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CrawlFailure(FailureClass.INVALID_URL, "not a valid URL: " + url);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
