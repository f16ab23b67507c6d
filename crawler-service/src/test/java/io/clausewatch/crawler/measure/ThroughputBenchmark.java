package io.clausewatch.crawler.measure;

import io.clausewatch.crawler.TestSite;
import io.clausewatch.crawler.catalog.CatalogReader;
import io.clausewatch.crawler.catalog.DocumentSpec;
import io.clausewatch.crawler.extract.CanonicalText;
import io.clausewatch.crawler.extract.PageExtractor;
import io.clausewatch.crawler.extract.RawPage;
import io.clausewatch.crawler.extract.SelectorRules;
import io.clausewatch.crawler.fetch.AddressGuard;
import io.clausewatch.crawler.fetch.FetchLimits;
import io.clausewatch.crawler.fetch.FetchedPage;
import io.clausewatch.crawler.fetch.PageFetcher;
import io.clausewatch.crawler.fetch.Validators;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the crawl path against a local site serving the corpus raw pages, politeness off:
 * full fetch + extract + hash per document, conditional checks answered 304, and a plain jsoup
 * parse of the same pages for comparison. Prints figures, asserts nothing; not part of the normal
 * test run: {@code ./mvnw -pl crawler-service test -Dtest=ThroughputBenchmark}.
 */
class ThroughputBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));

    @Test
    void measure() throws Exception {
        Corpus corpus = Corpus.locate().orElse(null);
        Assumptions.assumeTrue(corpus != null, "corpus not present (set CLAUSEWATCH_CORPUS)");
        List<Job> jobs = jobs(corpus);
        try (TestSite site = TestSite.start()) {
            serve(site, jobs);
            PageFetcher fetcher =
                    new PageFetcher(
                            new FetchLimits(
                                    Duration.ofSeconds(10),
                                    Duration.ofSeconds(30),
                                    20 * 1024 * 1024,
                                    5),
                            new AddressGuard(true),
                            "ClausewatchBot/0.1 (+https://clausewatch.io/bot)");
            PageExtractor extractor = new PageExtractor();
            long bytes = jobs.stream().mapToLong(j -> j.body().length).sum();
            System.out.printf(
                    "bench: pages=%d avgKiB=%d threads=%d run=%ds cpus=%d loadAverage=%.1f%n",
                    jobs.size(),
                    bytes / jobs.size() / 1024,
                    THREADS,
                    RUN.toSeconds(),
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());

            double full =
                    rate("fetch+extract", jobs, job -> fullCrawl(fetcher, extractor, site, job));
            double notModified = rate("304 checks", jobs, job -> conditional(fetcher, site, job));
            double parse =
                    rate(
                            "jsoup parse only",
                            jobs,
                            job ->
                                    Jsoup.parse(
                                            new String(
                                                    job.body(),
                                                    java.nio.charset.StandardCharsets.UTF_8),
                                            job.url()));
            double extractOnly =
                    rate(
                            "extract only",
                            jobs,
                            job ->
                                    extractor.extract(
                                            List.of(
                                                    new RawPage(
                                                            job.url(), "text/html", job.body())),
                                            job.rules()));
            System.out.printf(
                    "bench: summary fetchExtract=%.1f/s notModified=%.1f/s jsoupParse=%.1f/s"
                            + " extractOnly=%.1f/s ratioFullToParse=%.2f ratioExtractToParse=%.2f"
                            + " loadAverage=%.1f%n",
                    full,
                    notModified,
                    parse,
                    extractOnly,
                    full / parse,
                    extractOnly / parse,
                    loadAverage());
        }
    }

    /** The one-minute load average: rates measured on a busy machine are not comparable. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
    }

    private static Object fullCrawl(
            PageFetcher fetcher, PageExtractor extractor, TestSite site, Job job) {
        FetchedPage page = fetcher.fetch(URI.create(site.url(job.path())), Validators.NONE);
        String text =
                extractor.extract(
                        List.of(new RawPage(job.url(), page.contentType(), page.body())),
                        job.rules());
        return CanonicalText.sha256(text);
    }

    private static Object conditional(PageFetcher fetcher, TestSite site, Job job) {
        FetchedPage page =
                fetcher.fetch(URI.create(site.url(job.path())), new Validators(job.etag(), null));
        if (!page.notModified()) {
            throw new IllegalStateException("expected 304 for " + job.path());
        }
        return page;
    }

    private static double rate(String name, List<Job> jobs, Function<Job, Object> work)
            throws Exception {
        runFor(jobs, work, Duration.ofSeconds(3));
        long start = System.nanoTime();
        int done = runFor(jobs, work, RUN);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / seconds;
        System.out.printf("bench: %-18s %8.1f docs/s (%d in %.1f s)%n", name, rate, done, seconds);
        return rate;
    }

    private static int runFor(List<Job> jobs, Function<Job, Object> work, Duration duration)
            throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    while (System.nanoTime() < end) {
                                        Job job =
                                                jobs.get(
                                                        Math.floorMod(
                                                                next.getAndIncrement(),
                                                                jobs.size()));
                                        work.apply(job);
                                        done.incrementAndGet();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    private static void serve(TestSite site, List<Job> jobs) {
        for (Job job : jobs) {
            site.handle(
                    job.path(),
                    exchange -> {
                        String match = exchange.getRequestHeaders().getFirst("If-None-Match");
                        exchange.getResponseHeaders().set("ETag", job.etag());
                        if (job.etag().equals(match)) {
                            exchange.sendResponseHeaders(304, -1);
                        } else {
                            TestSite.send(exchange, 200, "text/html; charset=utf-8", job.body());
                        }
                    });
        }
    }

    /** Each raw corpus page with the selectors of its catalog document. */
    private static List<Job> jobs(Corpus corpus) throws IOException {
        Map<String, DocumentSpec> catalog =
                new CatalogReader()
                        .read(true, null).documents().stream()
                                .collect(Collectors.toMap(DocumentSpec::id, Function.identity()));
        List<Job> jobs = new ArrayList<>();
        for (Corpus.Sample sample : corpus.samples()) {
            DocumentSpec spec = catalog.get(Corpus.CATALOG_IDS.get(sample.dir()));
            if (spec == null) {
                continue;
            }
            for (Path page : sample.pages()) {
                String path = "/p/" + jobs.size();
                if (jobs.stream().noneMatch(j -> j.file().equals(page))) {
                    byte[] body = Files.readAllBytes(page);
                    jobs.add(
                            new Job(
                                    page,
                                    path,
                                    "https://example.org" + path,
                                    body,
                                    "\"" + CanonicalText.sha256(body) + "\"",
                                    new SelectorRules(spec.select(), spec.remove())));
                }
            }
        }
        return jobs;
    }

    private record Job(
            Path file, String path, String url, byte[] body, String etag, SelectorRules rules) {}
}
