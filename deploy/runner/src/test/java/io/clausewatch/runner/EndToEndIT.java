package io.clausewatch.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.testkit.infra.Infrastructure;
import io.clausewatch.testkit.infra.Ports;
import io.clausewatch.testkit.web.FixtureSite;
import io.clausewatch.testkit.web.RecordingReceiver;
import io.clausewatch.webhooks.WebhookSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four services from their packaged jars, as separate processes, on the build's real Kafka
 * broker and Postgres: a page changes on a web site, and a subscriber hears of it exactly once,
 * through a correctly signed webhook.
 */
class EndToEndIT {

    private static final String ADMIN_KEY = "cwk_e2e_" + UUID.randomUUID();
    private static final String PLATFORM = "e2e" + Long.toHexString(System.nanoTime());
    private static final String DOCUMENT = PLATFORM + "/terms-of-service";

    private static FixtureSite site;
    private static RecordingReceiver receiver;
    private static Stack stack;
    private static String gateway;
    private static String crawler;

    @BeforeAll
    static void startStack() throws IOException {
        site = FixtureSite.start();
        receiver = RecordingReceiver.start();
        site.html("/terms", page("We keep your data for 30 days.", "v1"));

        Path work = Files.createTempDirectory("clausewatch-e2e");
        Path catalog = Files.createDirectories(work.resolve("catalog"));
        Files.writeString(catalog.resolve(PLATFORM + ".yaml"), catalogEntry());

        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, Ports.free());
        }
        Instant began = Instant.now();
        stack =
                Stack.start(
                        home(),
                        Infrastructure.forTests(),
                        ports,
                        Map.of(
                                "CLAUSEWATCH_ADMIN_KEY", ADMIN_KEY,
                                "CLAUSEWATCH_CATALOG_DIR", catalog.toString(),
                                "CLAUSEWATCH_CATALOG_BUILTIN", "false",
                                "CLAUSEWATCH_CRAWLER_ALLOW_PRIVATE_ADDRESSES", "true",
                                "CLAUSEWATCH_ALERT_ALLOW_PRIVATE_ADDRESSES", "true"),
                        work.resolve("logs"));
        System.out.printf(
                "end-to-end: four services ready in %d ms%n",
                Duration.between(began, Instant.now()).toMillis());
        gateway = stack.service(ServiceName.GATEWAY).baseUrl();
        crawler = stack.service(ServiceName.CRAWLER).baseUrl();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
            assertThat(stack.services()).noneMatch(ServiceProcess::isAlive);
        }
        if (site != null) {
            site.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void changedPageReachesTheSubscriberOnceSignedAndTheGatewayListsIt() {
        await("first version recorded")
                .atMost(Duration.ofSeconds(60))
                .until(() -> changesOf(DOCUMENT).size() == 1);

        JsonNode subscription = subscribe();
        String secret = subscription.get("secret").asText();
        assertThat(secret).startsWith("whsec_");

        site.html("/terms", page("We keep your data for 90 days.", "v2"));
        checkNow();

        await("one webhook for the change")
                .atMost(Duration.ofSeconds(30))
                .until(() -> deliveriesOfVersion(2).size() >= 1);
        RecordingReceiver.Delivery delivery = deliveriesOfVersion(2).getFirst();
        assertThat(delivery.verify(secret)).isEqualTo(WebhookSignature.Result.VALID);
        JsonNode event = Http.parse(delivery.body());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("clausewatch.document.changed");
        assertThat(event.get("subject").asText()).isEqualTo(DOCUMENT);
        assertThat(event.at("/data/documentId").asText()).isEqualTo(DOCUMENT);
        assertThat(event.at("/data/toVersion").asInt()).isEqualTo(2);

        // The gateway serves change-list pages up to a second old.
        await("the change listed by the gateway")
                .atMost(Duration.ofSeconds(10))
                .until(() -> changesOf(DOCUMENT).size() == 2);
        List<JsonNode> changes = changesOf(DOCUMENT);
        assertThat(changes).hasSize(2);
        assertThat(changes.getFirst().get("toVersion").asInt()).isEqualTo(2);

        int fetchesBefore = site.hits("/terms");
        site.html("/terms", page("We keep your data for 90 days.", "v2-served-again"));
        checkNow();
        await("the page fetched again")
                .atMost(Duration.ofSeconds(30))
                .until(() -> site.hits("/terms") > fetchesBefore);
        // A repeat would arrive as fast as the first delivery did; allow it ample time.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(deliveriesOfVersion(2)).hasSize(1);
        assertThat(receiver.deliveries())
                .allMatch(d -> Http.parse(d.body()).at("/data/toVersion").asInt() <= 2);
        assertThat(changesOf(DOCUMENT)).hasSize(2);

        assertLogsHoldNoSecret(
                List.of(
                        ADMIN_KEY,
                        secret,
                        secret.substring("whsec_".length()),
                        delivery.signature().substring("v1,".length())));
    }

    /**
     * The web pages read diff-service's real answers: the topic page lists the provision in force
     * under the topic's name, the topic list names every topic, and search results carry the
     * excerpt Postgres highlighted.
     */
    @Test
    void webPagesShowTheProvisionsTheServicesHold() {
        await("first version recorded")
                .atMost(Duration.ofSeconds(60))
                .until(() -> !changesOf(DOCUMENT).isEmpty());

        Http.Answer topic = Http.page(gateway + "/topics/retention");
        assertThat(topic.status()).isEqualTo(200);
        assertThat(topic.body())
                .contains("Data retention and deletion", DOCUMENT, "We keep your data for")
                .doesNotContain("No platform's documents touch this topic");

        Http.Answer topics = Http.page(gateway + "/topics");
        assertThat(topics.body())
                .contains("href=\"/topics/retention?as_of=", "Data retention and deletion");

        Http.Answer search = Http.page(gateway + "/search?q=keep");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("<mark>keep</mark>").doesNotContain("Nothing in force");
    }

    /**
     * Deliveries announcing one version. The first version may be announced too when the
     * subscription was stored before alert-service consumed that first change; the test is about
     * the change it makes itself.
     */
    private static List<RecordingReceiver.Delivery> deliveriesOfVersion(int version) {
        return receiver.deliveries().stream()
                .filter(d -> Http.parse(d.body()).at("/data/toVersion").asInt() == version)
                .toList();
    }

    /** Keys, webhook secrets and signatures must never reach a log file. */
    private static void assertLogsHoldNoSecret(List<String> secrets) {
        for (ServiceProcess service : stack.services()) {
            String log;
            try {
                log = Files.readString(service.log());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String secret : secrets) {
                assertThat(log)
                        .as("log of %s must not contain a secret", service.name().module())
                        .doesNotContain(secret);
            }
        }
    }

    private static JsonNode subscribe() {
        Http.Answer answer =
                Http.post(
                        gateway + "/api/v1/subscriptions",
                        ADMIN_KEY,
                        Map.of(
                                "url", receiver.url("/hooks/clausewatch"),
                                "description", "end-to-end test",
                                "filters", Map.of("documents", List.of(DOCUMENT))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static void checkNow() {
        Http.Answer answer = Http.post(crawler + "/documents/" + DOCUMENT + "/check", null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    }

    private static List<JsonNode> changesOf(String document) {
        Http.Answer answer = Http.get(gateway + "/api/v1/changes?document=" + document, ADMIN_KEY);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        answer.json().get("items").forEach(items::add);
        return items;
    }

    /** A page whose chrome (navigation, banner, footer) changes on every version. */
    private static String page(String retention, String build) {
        return """
                <!doctype html>
                <html lang="en"><head><title>Terms</title>
                <script src="/assets/app-%1$s.js"></script></head>
                <body>
                <nav><a href="/">Home</a> <a href="/pricing?utm_source=%1$s">Pricing</a></nav>
                <div class="cookie-banner">We use cookies (%1$s).</div>
                <main>
                <h1>Terms of Service</h1>
                <h2>1. Your data</h2>
                <p>%2$s</p>
                <ul><li>You may delete your account at any time.</li></ul>
                </main>
                <footer>Build %1$s</footer>
                </body></html>
                """
                .formatted(build, retention);
    }

    private static String catalogEntry() {
        return """
                platform: %s
                name: End-to-end Platform
                documents:
                  - type: terms-of-service
                    name: End-to-end Terms
                    urls: ["%s"]
                    select: ["main"]
                    remove: [".cookie-banner"]
                    interval: PT1H
                """
                .formatted(PLATFORM, site.url("/terms"));
    }

    private static Path home() {
        return Path.of(System.getProperty("clausewatch.home", "../..")).toAbsolutePath();
    }
}
