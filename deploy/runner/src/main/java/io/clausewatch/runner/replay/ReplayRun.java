package io.clausewatch.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveDocument;
import io.clausewatch.runner.archive.ArchiveVersion;
import io.clausewatch.runner.archive.ProgressBar;
import io.clausewatch.runner.archive.ServiceClient;
import io.clausewatch.testkit.web.RecordingReceiver;
import io.clausewatch.webhooks.WebhookSignature;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays an archive through a running Clausewatch: serves every version of every document on a
 * local site with new chrome on each fetch, asks the crawler to check after each serving, waits
 * until everything is recorded and delivered to a subscriber, and computes the report. Documents
 * move in parallel, the versions of one document strictly in order.
 *
 * <p>The run owns its replay site and webhook receiver, not the stack; see {@link LocalStack}.
 */
public final class ReplayRun {

    /** Catalog entries point at the replay site; checks are requested, so no interval is due. */
    static final String CATALOG_INTERVAL = "P7D";

    /** Platform id prefix of the warm-up copies, kept apart from the archive's platforms. */
    static final String WARM_UP_PREFIX = "warmup-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final Duration RECHECK_AFTER = Duration.ofSeconds(15);

    private final Archive archive;
    private final ReplaySettings settings;
    private final PrintStream progressOut;
    private final ServiceClient crawler;
    private final ServiceClient gateway;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Map<Integer, Instant>> servedAt = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    public ReplayRun(
            Archive archive,
            Endpoints endpoints,
            ReplaySettings settings,
            PrintStream progressOut) {
        this.archive = archive;
        this.settings = settings;
        this.progressOut = progressOut;
        this.crawler = new ServiceClient(endpoints.crawlerUrl(), null);
        this.gateway = new ServiceClient(endpoints.gatewayUrl(), endpoints.adminKey());
    }

    public ReplayReport run() {
        Instant started = clock.instant();
        List<ArchiveDocument> warmUpDocuments =
                warmUpDocuments(
                        archive.documents(),
                        settings.warmUpVersions(),
                        settings.parallelDocuments());
        List<ArchiveDocument> served = new ArrayList<>(archive.documents());
        served.addAll(warmUpDocuments);
        try (ReplaySite site = ReplaySite.start(served, clock);
                RecordingReceiver receiver = RecordingReceiver.start()) {
            ReplayReport.WarmUp warmUp =
                    warmUpDocuments.isEmpty() ? null : warmUp(site, warmUpDocuments);
            String secret =
                    subscribe(
                            receiver,
                            archive.documents(),
                            "clausewatch replay of " + archive.root().getFileName());
            drive(site, receiver, archive.documents(), failures, "versions served");
            String problem =
                    failures.isEmpty()
                            ? settle(site, receiver, archive.documents())
                            : failures.getFirst();
            ReplayReport.Run run =
                    new ReplayReport.Run(
                            started.toString(),
                            Duration.between(started, clock.instant()).toMillis(),
                            problem == null,
                            problem,
                            warmUp);
            return ReportCalculator.compute(collect(site), deliveries(receiver, secret), run);
        }
    }

    /**
     * Copies of the archive's largest documents, under platforms named {@code warmup-<platform>}
     * and cut to their first {@code versions} versions; none when {@code versions} is 0.
     *
     * <p>A stack that has just started runs its first analyses in the interpreter and the first
     * compiler tier, and a version of a 30,000-word policy then takes seconds where a warm service
     * takes tens of milliseconds. A long-running Clausewatch is always warm, so the replay measures
     * the warm pipeline: it first sends these copies through crawler, diff and alerts, to a
     * subscription of their own, and leaves them out of the report.
     */
    static List<ArchiveDocument> warmUpDocuments(
            List<ArchiveDocument> documents, int versions, int count) {
        if (versions == 0) {
            return List.of();
        }
        return documents.stream()
                .sorted(
                        java.util.Comparator.comparingLong(ReplayRun::firstVersionBytes)
                                .reversed()
                                .thenComparing(ArchiveDocument::id))
                .limit(count)
                .map(
                        d ->
                                new ArchiveDocument(
                                                WARM_UP_PREFIX + d.platform(),
                                                d.type(),
                                                d.platformName() + " (replay warm-up)",
                                                d.typeName(),
                                                d.urls(),
                                                d.versions())
                                        .firstVersions(versions))
                .toList();
    }

    private static long firstVersionBytes(ArchiveDocument document) {
        try {
            return java.nio.file.Files.size(document.versions().getFirst().file());
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Replays the warm-up copies to a receiver of their own and waits until their changes are
     * delivered. A warm-up that does not settle is noted in the report and the replay goes on.
     */
    private ReplayReport.WarmUp warmUp(ReplaySite site, List<ArchiveDocument> documents) {
        Instant began = clock.instant();
        progressOut.printf(
                "Warming up the stack on copies of %s%n",
                String.join(", ", documents.stream().map(ArchiveDocument::id).toList()));
        try (RecordingReceiver receiver = RecordingReceiver.start()) {
            subscribe(receiver, documents, "clausewatch replay warm-up");
            List<String> problems = new CopyOnWriteArrayList<>();
            drive(site, receiver, documents, problems, "warm-up versions served");
            String problem =
                    problems.isEmpty() ? settle(site, receiver, documents) : problems.getFirst();
            long delivered =
                    receiver.deliveries().stream()
                            .map(RecordingReceiver.Delivery::webhookId)
                            .distinct()
                            .count();
            return new ReplayReport.WarmUp(
                    documents.stream().map(ArchiveDocument::id).toList(),
                    documents.stream().mapToInt(d -> d.versions().size()).sum(),
                    (int) delivered,
                    Duration.between(began, clock.instant()).toMillis(),
                    problem);
        }
    }

    private String subscribe(
            RecordingReceiver receiver, List<ArchiveDocument> documents, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", receiver.url("/hooks/replay"));
        body.put("description", description);
        body.put(
                "filters",
                Map.of("documents", documents.stream().map(ArchiveDocument::id).toList()));
        ServiceClient.Answer answer = gateway.post("/api/v1/subscriptions", body);
        if (answer.status() != 201) {
            throw new IllegalStateException(
                    "the gateway refused the replay's subscription ("
                            + answer.status()
                            + "): "
                            + answer.problem());
        }
        return answer.json().path("secret").asText();
    }

    /**
     * Creates or updates the catalog entry, serving the first version before the crawler looks. One
     * at a time: the crawler answers 500 when two entries of one new platform are created at once
     * (both insert the platform).
     */
    private synchronized void register(DocumentPage page) {
        ArchiveDocument document = page.document();
        serve(page, document.versions().getFirst());
        Map<String, Object> entry = catalogEntry(page);
        ServiceClient.Answer answer = crawler.post("/documents", entry);
        if (answer.status() == 409) {
            answer = crawler.put("/documents/" + document.id(), entry);
        }
        if (!answer.ok()) {
            throw new IllegalStateException(
                    document.id()
                            + ": the crawler refused the catalog entry ("
                            + answer.status()
                            + "): "
                            + answer.problem());
        }
    }

    static Map<String, Object> catalogEntry(DocumentPage page) {
        ArchiveDocument document = page.document();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("platform", document.platform());
        entry.put("platformName", document.platformName());
        entry.put("type", document.type());
        entry.put("name", document.typeName());
        entry.put("urls", List.of(page.url()));
        entry.put("select", List.of("main"));
        entry.put("remove", List.of(PageRenderer.BANNER_SELECTOR));
        entry.put("interval", CATALOG_INTERVAL);
        return entry;
    }

    private void drive(
            ReplaySite site,
            RecordingReceiver receiver,
            List<ArchiveDocument> documents,
            List<String> failures,
            String label) {
        ProgressBar progress =
                new ProgressBar(
                        progressOut,
                        label,
                        documents.stream().mapToInt(d -> d.versions().size()).sum());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelDocuments());
        for (ArchiveDocument document : documents) {
            pool.submit(
                    () -> {
                        try {
                            // a document appears when its turn comes, so the crawler's first
                            // fetches do not all fall at once on the replay's start
                            register(site.page(document.id()));
                            replayDocument(
                                    site.page(document.id()),
                                    () ->
                                            progress.update(
                                                    done.incrementAndGet(),
                                                    "fetches "
                                                            + site.fetches().size()
                                                            + ", webhooks "
                                                            + receiver.deliveries().size()));
                        } catch (RuntimeException | TimeoutException e) {
                            failures.add(document.id() + ": " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted");
        }
        progress.update(done.get(), "served; waiting for Clausewatch to catch up");
        progress.finish();
    }

    private void replayDocument(DocumentPage page, Runnable onVersion)
            throws TimeoutException, InterruptedException {
        for (ArchiveVersion version : page.document().versions()) {
            DocumentPage.Current current = page.current();
            if (current == null || current.position() != version.position()) {
                awaitChangeSpacing(page);
                serve(page, version);
            }
            for (int i = 0; i < settings.servesPerVersion(); i++) {
                fetchNow(page, version.position());
            }
            onVersion.run();
        }
    }

    /** Keeps the page as it is until the change spacing has passed since its last fetch. */
    private void awaitChangeSpacing(DocumentPage page) throws InterruptedException {
        List<Fetch> fetches = page.fetches();
        if (fetches.isEmpty()) {
            return;
        }
        Instant allowed = fetches.getLast().at().plus(settings.changeSpacing());
        Duration wait = Duration.between(clock.instant(), allowed);
        if (wait.isPositive()) {
            Thread.sleep(wait);
        }
    }

    private void serve(DocumentPage page, ArchiveVersion version) {
        Instant now = clock.instant();
        page.serve(version, now);
        servedAt.computeIfAbsent(page.document().id(), id -> new ConcurrentHashMap<>())
                .put(version.position(), now);
    }

    /**
     * Asks the crawler to check and waits for a fetch answered with this position. A fetch that was
     * already under way with the previous version does not count; the check is asked again when no
     * fetch comes for a while.
     */
    private void fetchNow(DocumentPage page, int position)
            throws TimeoutException, InterruptedException {
        Instant deadline = clock.instant().plus(settings.fetchTimeout());
        int seen = page.fetchCount();
        requestCheck(page.document().id(), deadline);
        Instant recheck = clock.instant().plus(RECHECK_AFTER);
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new TimeoutException(
                        "the crawler did not fetch "
                                + page.url()
                                + " within "
                                + settings.fetchTimeout().toSeconds()
                                + " s of a check request");
            }
            Duration wait = left.compareTo(RECHECK_AFTER) < 0 ? left : RECHECK_AFTER;
            try {
                Fetch fetch = page.awaitFetchAfter(seen, wait);
                seen++;
                if (fetch.position() == position) {
                    return;
                }
            } catch (TimeoutException e) {
                if (clock.instant().isAfter(recheck)) {
                    requestCheck(page.document().id(), deadline);
                    recheck = clock.instant().plus(RECHECK_AFTER);
                }
            }
        }
    }

    private void requestCheck(String documentId, Instant deadline) throws InterruptedException {
        String path = "/documents/" + documentId + "/check";
        while (true) {
            ServiceClient.Answer answer = crawler.post(path, null);
            if (answer.ok()) {
                return;
            }
            boolean transient_ =
                    answer.status() == 409 || answer.status() == 429 || answer.status() >= 500;
            if (!transient_ || clock.instant().isAfter(deadline)) {
                throw new IllegalStateException(
                        "POST " + path + " answered " + answer.status() + ": " + answer.problem());
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    /**
     * Waits until the crawler has processed its last fetch of every document and the change list
     * and the deliveries have stopped growing with every change delivered. Returns null when
     * settled, otherwise what was still missing at the deadline.
     */
    private String settle(
            ReplaySite site, RecordingReceiver receiver, List<ArchiveDocument> documents) {
        ChangeFeed feed = new ChangeFeed(gateway);
        Instant deadline = clock.instant().plus(settings.settleTimeout());
        Instant quietSince = clock.instant();
        String state = "";
        Progress last = null;
        while (clock.instant().isBefore(deadline)) {
            Progress now = progress(site, receiver, feed, documents);
            if (!now.equals(last)) {
                quietSince = clock.instant();
                last = now;
                progressOut.printf(
                        "\rsettling: %d changes listed, %d of them delivered, crawler %s\u001b[K",
                        now.changes(), now.delivered(), now.crawlerCaughtUp() ? "done" : "busy");
            }
            boolean quiet =
                    Duration.between(quietSince, clock.instant()).compareTo(settings.quietPeriod())
                            >= 0;
            if (quiet && now.crawlerCaughtUp() && now.delivered() >= now.changes()) {
                progressOut.println();
                return null;
            }
            state = now.toString();
            sleep(pollPause(documents.size()));
        }
        progressOut.println();
        return "Clausewatch did not settle within "
                + settings.settleTimeout().toSeconds()
                + " s after the last version was served: "
                + state;
    }

    /**
     * Each poll reads every document's change list through the gateway, which limits requests per
     * key (600 a minute by default): about 150 ms per document keeps polling well inside it.
     */
    private static Duration pollPause(int documents) {
        return Duration.ofMillis(Math.max(500, 150L * documents));
    }

    private record Progress(int changes, int delivered, boolean crawlerCaughtUp) {
        @Override
        public String toString() {
            return changes
                    + " changes listed, "
                    + delivered
                    + " delivered (distinct webhook"
                    + " ids), crawler "
                    + (crawlerCaughtUp ? "caught up" : "still processing");
        }
    }

    private Progress progress(
            ReplaySite site,
            RecordingReceiver receiver,
            ChangeFeed feed,
            List<ArchiveDocument> documents) {
        int changes = 0;
        boolean caughtUp = true;
        for (ArchiveDocument document : documents) {
            changes +=
                    (int)
                            feed.changes(document.id()).stream()
                                    .filter(RecordedChange::announced)
                                    .count();
            caughtUp &= crawlerCaughtUp(site.page(document.id()));
        }
        int delivered =
                (int)
                        receiver.deliveries().stream()
                                .map(RecordingReceiver.Delivery::webhookId)
                                .distinct()
                                .count();
        return new Progress(changes, delivered, caughtUp);
    }

    /**
     * True when the crawler's {@code health.lastCheckedAt} is at or after the page's last fetch;
     * also true when the crawler does not report it, leaving the quiet period to decide.
     */
    private boolean crawlerCaughtUp(DocumentPage page) {
        List<Fetch> fetches = page.fetches();
        if (fetches.isEmpty()) {
            return true;
        }
        ServiceClient.Answer answer = crawler.get("/documents/" + page.document().id());
        String checked = answer.json().path("health").path("lastCheckedAt").asText("");
        if (!answer.ok() || checked.isEmpty()) {
            return true;
        }
        try {
            Instant lastFetch = fetches.getLast().at();
            return !Instant.parse(checked).isBefore(lastFetch.minusSeconds(1));
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    private List<DocumentReplay> collect(ReplaySite site) {
        ChangeFeed feed = new ChangeFeed(gateway);
        List<DocumentReplay> replays = new ArrayList<>();
        for (ArchiveDocument document : archive.documents()) {
            DocumentPage page = site.page(document.id());
            replays.add(
                    new DocumentReplay(
                            document,
                            servedAt.getOrDefault(document.id(), Map.of()),
                            page.fetches(),
                            feed.changes(document.id()),
                            readableDigests(document)));
        }
        return replays;
    }

    private static Map<Integer, String> readableDigests(ArchiveDocument document) {
        PageRenderer renderer = new PageRenderer();
        Map<Integer, String> digests = new java.util.HashMap<>();
        for (ArchiveVersion version : document.versions()) {
            String text = renderer.readableText(version.text());
            digests.put(version.position(), sha256(text));
        }
        return digests;
    }

    private static String sha256(String text) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static List<ReceivedDelivery> deliveries(RecordingReceiver receiver, String secret) {
        List<ReceivedDelivery> deliveries = new ArrayList<>();
        for (RecordingReceiver.Delivery delivery : receiver.deliveries()) {
            JsonNode event = parse(delivery.body());
            JsonNode data = event.path("data");
            deliveries.add(
                    new ReceivedDelivery(
                            delivery.webhookId(),
                            event.path("subject").asText(null),
                            data.path("changeId").asText(null),
                            data.path("toVersion").canConvertToInt()
                                    ? data.path("toVersion").asInt()
                                    : null,
                            delivery.receivedAt(),
                            verifiedOnArrival(delivery, secret)));
        }
        return deliveries;
    }

    /**
     * Checks the signature as the receiver would have on arrival: the timestamp tolerance counts
     * from when the delivery came in, not from when the replay ends.
     */
    private static boolean verifiedOnArrival(RecordingReceiver.Delivery delivery, String secret) {
        return WebhookSignature.forSecret(secret)
                        .verify(
                                delivery.webhookId(),
                                delivery.timestamp(),
                                delivery.signature(),
                                delivery.body(),
                                delivery.receivedAt(),
                                WebhookSignature.DEFAULT_TOLERANCE)
                == WebhookSignature.Result.VALID;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
