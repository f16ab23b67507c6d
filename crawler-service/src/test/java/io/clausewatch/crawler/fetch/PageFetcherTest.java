package io.clausewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clausewatch.crawler.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each hostile server ends in a classified failure within the fetch deadline. */
@Timeout(20)
class PageFetcherTest {

    private static final int MAX_BODY = 1024 * 1024;
    private static final FetchLimits LIMITS =
            new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), MAX_BODY, 5);
    private static final String USER_AGENT = "ClausewatchBot/0.1 (+https://clausewatch.io/bot)";
    private final TestSite site = TestSite.start();
    private final PageFetcher fetcher = new PageFetcher(LIMITS, new AddressGuard(true), USER_AGENT);

    @AfterEach
    void stop() {
        site.close();
    }

    private FailureClass failureOf(String path) {
        try {
            fetcher.fetch(URI.create(site.url(path)), Validators.NONE);
        } catch (CrawlFailure failure) {
            return failure.failureClass();
        }
        throw new AssertionError("expected a failure for " + path);
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        site.handle("/silent", exchange -> sleep(30_000));

        long start = System.nanoTime();
        assertThat(failureOf("/silent")).isEqualTo(FailureClass.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void serverThatTricklesBytesTimesOut() {
        site.handle(
                "/trickle",
                exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 300; i++) {
                        out.write('a');
                        out.flush();
                        sleep(100);
                    }
                });

        assertThat(failureOf("/trickle")).isEqualTo(FailureClass.TIMEOUT);
    }

    @Test
    void redirectLoopIsCutOff() {
        site.handle(
                "/loop",
                exchange -> {
                    exchange.getResponseHeaders().set("Location", "/loop");
                    exchange.sendResponseHeaders(302, -1);
                });

        assertThat(failureOf("/loop")).isEqualTo(FailureClass.HTTP_STATUS);
    }

    @Test
    void redirectIsFollowed() {
        site.handle(
                "/old",
                exchange -> {
                    exchange.getResponseHeaders().set("Location", "/new");
                    exchange.sendResponseHeaders(301, -1);
                });
        site.html("/new", "<p>moved</p>");

        FetchedPage page = fetcher.fetch(URI.create(site.url("/old")), Validators.NONE);

        assertThat(page.finalUri().getPath()).isEqualTo("/new");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("moved");
    }

    @Test
    void fiftyMegabyteBodyIsTooLarge() {
        site.handle(
                "/huge",
                exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 50 * 16; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException expected) {
                        // the client hung up once the cap was reached
                    }
                });

        assertThat(failureOf("/huge")).isEqualTo(FailureClass.TOO_LARGE);
    }

    @Test
    void declaredHugeLengthIsRefusedBeforeReading() {
        site.handle(
                "/declared",
                exchange -> {
                    exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
                    OutputStream out = exchange.getResponseBody();
                    out.write(new byte[1024]);
                    out.flush();
                    sleep(10_000);
                });

        assertThat(failureOf("/declared")).isEqualTo(FailureClass.TOO_LARGE);
    }

    @Test
    void compressionBombIsTooLarge() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = compressed.toByteArray();
        assertThat(bomb.length).isLessThan(MAX_BODY);
        site.handle(
                "/bomb",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestSite.send(exchange, 200, "text/html", bomb);
                });

        assertThat(failureOf("/bomb")).isEqualTo(FailureClass.TOO_LARGE);
    }

    @Test
    void gzipBodyIsDecoded() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(compressed)) {
            zip.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
        }
        site.handle(
                "/gz",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    TestSite.send(exchange, 200, "text/html", compressed.toByteArray());
                });

        FetchedPage page = fetcher.fetch(URI.create(site.url("/gz")), Validators.NONE);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped</p>");
    }

    @Test
    void errorStatusIsClassifiedWithItsCode() {
        site.page("/err", 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/err")), Validators.NONE))
                .isInstanceOf(CrawlFailure.class)
                .satisfies(e -> assertThat(((CrawlFailure) e).httpStatus()).isEqualTo(500));
    }

    @Test
    void closedPortIsAConnectFailure() {
        String url = site.url("/x");
        site.close();

        assertThat(failureOf("/x")).isIn(FailureClass.CONNECT, FailureClass.TIMEOUT);
        assertThat(url).isNotEmpty();
    }

    @Test
    void unknownHostIsADnsFailure() {
        assertThatThrownBy(
                        () ->
                                fetcher.fetch(
                                        URI.create("http://no-such-host.invalid/"),
                                        Validators.NONE))
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.DNS);
    }

    @Test
    void conditionalGetAnswered304IsNotModified() {
        site.handle(
                "/etag",
                exchange -> {
                    String match = exchange.getRequestHeaders().getFirst("If-None-Match");
                    exchange.getResponseHeaders().set("ETag", "\"v1\"");
                    if ("\"v1\"".equals(match)) {
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        TestSite.send(exchange, 200, "text/html", "<p>v1</p>".getBytes());
                    }
                });

        FetchedPage first = fetcher.fetch(URI.create(site.url("/etag")), Validators.NONE);
        FetchedPage second = fetcher.fetch(URI.create(site.url("/etag")), first.validators());

        assertThat(first.notModified()).isFalse();
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
    }

    @Test
    void robotsTxtDisallowIsARobotsFailure() {
        site.page(
                "/robots.txt",
                200,
                "text/plain",
                "User-agent: *\nDisallow: /private\n\nUser-agent: ClausewatchBot\nDisallow: /bot-only\n"
                        .getBytes(StandardCharsets.UTF_8));
        RobotsPolicy robots =
                new RobotsPolicy(
                        fetcher, "ClausewatchBot/0.1", Duration.ofMinutes(5), Clock.systemUTC());

        assertThatThrownBy(() -> robots.check(URI.create(site.url("/bot-only/terms"))))
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.ROBOTS);
        robots.check(URI.create(site.url("/private/terms")));
        robots.check(URI.create(site.url("/terms")));
    }

    @Test
    void missingRobotsTxtAllowsAndUnavailableOneDisallows() {
        RobotsPolicy robots =
                new RobotsPolicy(
                        fetcher, "ClausewatchBot/0.1", Duration.ofMinutes(5), Clock.systemUTC());
        robots.check(URI.create(site.url("/terms")));

        site.page("/robots.txt", 503, "text/plain", new byte[0]);
        RobotsPolicy fresh =
                new RobotsPolicy(
                        fetcher, "ClausewatchBot/0.1", Duration.ofMinutes(5), Clock.systemUTC());
        assertThatThrownBy(() -> fresh.check(URI.create(site.url("/terms"))))
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.ROBOTS);
    }

    @Test
    void plainHttpConnectsToTheCheckedAddressNotToWhatTheNameAnswersLater() throws Exception {
        String name = "terms" + RebindingResolverProvider.DOMAIN;
        InetAddress rebound = InetAddress.getByAddress(RebindingResolverProvider.REBOUND);
        assertThat(InetAddress.getByName(name))
                .as("a client resolving the name when it connects would reach the other server")
                .isEqualTo(rebound);
        AtomicReference<String> hostHeader = new AtomicReference<>();
        site.handle(
                "/terms",
                exchange -> {
                    hostHeader.set(exchange.getRequestHeaders().getFirst("Host"));
                    TestSite.send(exchange, 200, "text/html", "<p>checked</p>".getBytes());
                });
        AtomicInteger reboundHits = new AtomicInteger();
        try (TestSite other = TestSite.start(rebound, site.port())) {
            other.handle(
                    "/terms",
                    exchange -> {
                        reboundHits.incrementAndGet();
                        TestSite.send(exchange, 200, "text/html", "<p>rebound</p>".getBytes());
                    });
            // the guard's lookup answers the address the site listens on
            AddressGuard guard =
                    new AddressGuard(
                            true,
                            host ->
                                    new InetAddress[] {
                                        InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})
                                    });
            PageFetcher pinned = new PageFetcher(LIMITS, guard, USER_AGENT);

            FetchedPage page =
                    pinned.fetch(
                            URI.create("http://" + name + ":" + site.port() + "/terms"),
                            Validators.NONE);

            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("checked");
            assertThat(page.finalUri().getHost()).isEqualTo(name);
            assertThat(hostHeader.get()).isEqualTo(name + ":" + site.port());
            assertThat(reboundHits).hasValue(0);
        }
    }

    @Test
    void onlyPlainHttpIsSentToTheCheckedAddress() throws Exception {
        InetAddress v6 = InetAddress.getByName("2606:2800:220:1::");
        InetAddress v4 = InetAddress.getByName("93.184.216.34");

        assertThat(PageFetcher.connectTarget(URI.create("http://example.com:8080/a/b?x=1"), v6))
                .hasToString("http://[2606:2800:220:1:0:0:0:0]:8080/a/b?x=1");
        assertThat(PageFetcher.connectTarget(URI.create("http://example.com"), v4))
                .hasToString("http://93.184.216.34/");
        assertThat(PageFetcher.connectTarget(URI.create("https://example.com/a"), v4))
                .hasToString("https://example.com/a");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
