package io.clausewatch.crawler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.clausewatch.events.CrawlFailed;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.SnapshotCaptured;
import io.clausewatch.events.Topics;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
@WithTestResource(SiteResource.class)
class ServiceFlowTest {

    private static final long STARTED = System.currentTimeMillis() - 1000;

    static String page(String clause) {
        return """
                <html><head><title>Terms</title><script>var x = 1;</script></head><body>
                <nav><a href="/">Home</a></nav>
                <div class="cookie-banner">We use cookies. Accept?</div>
                <main><h1>Terms of Service</h1>
                <p>%s</p>
                <p>Read the <a href="/privacy?utm_source=mail&amp;id=3">privacy policy</a>.</p>
                <ul><li>First rule</li><li>Second rule</li></ul>
                </main><footer>Copyright</footer></body></html>
                """
                .formatted(clause);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void catalogDocumentIsCapturedOnceAndAgainWhenItsTextChanges() {
        String id = SiteResource.DOCUMENT_ID;
        try (TopicReader snapshots =
                new TopicReader(bootstrap(), Topics.CRAWL_SNAPSHOTS, id, STARTED)) {
            List<TopicReader.Received> first =
                    await().atMost(Duration.ofSeconds(30))
                            .until(snapshots::poll, received -> !received.isEmpty());
            TopicReader.Received record = first.getFirst();
            SnapshotCaptured snapshot = EventJson.read(record.payload(), SnapshotCaptured.class);
            assertThat(record.key()).isEqualTo(id);
            assertThat(record.type()).isEqualTo(EventTypes.SNAPSHOT_CAPTURED);
            assertThat(record.id()).isEqualTo(snapshot.eventId());
            assertThat(snapshot.text())
                    .contains("# Terms of Service", "Version one of the terms.", "First rule")
                    .contains("(" + SiteResource.site().url("/privacy?id=3") + ")")
                    .doesNotContain("cookies", "Home", "Copyright", "var x", "utm_source");
            assertThat(snapshot.reextraction()).isFalse();

            checkNowAndAwaitCheck("crawlertest", "terms-of-service");
            assertThat(pollFor(snapshots, Duration.ofSeconds(2))).hasSize(1);
            assertThat(archivedBodies(SiteResource.site().url("/terms"))).isEqualTo(1);

            SiteResource.site().html("/terms", page("Version two of the terms."));
            given().post("/documents/crawlertest/terms-of-service/check")
                    .then()
                    .statusCode(202)
                    .body("documentId", equalTo(id))
                    .body("requestedAt", notNullValue());
            List<TopicReader.Received> both =
                    await().atMost(Duration.ofSeconds(10))
                            .until(snapshots::poll, received -> received.size() == 2);
            SnapshotCaptured second = EventJson.read(both.get(1).payload(), SnapshotCaptured.class);
            assertThat(second.text()).contains("Version two of the terms.");
            assertThat(second.textSha256()).isNotEqualTo(snapshot.textSha256());

            given().contentType(ContentType.JSON)
                    .body("{\"remove\":[\".cookie-banner\",\"ul\"]}")
                    .put("/documents/crawlertest/terms-of-service")
                    .then()
                    .statusCode(200)
                    .body("rulesVersion", equalTo(2));
            List<TopicReader.Received> three =
                    await().atMost(Duration.ofSeconds(10))
                            .until(snapshots::poll, received -> received.size() == 3);
            SnapshotCaptured reextracted =
                    EventJson.read(three.get(2).payload(), SnapshotCaptured.class);
            assertThat(reextracted.reextraction()).isTrue();
            assertThat(reextracted.rulesVersion()).isEqualTo(2);
            assertThat(reextracted.text()).contains("Version two").doesNotContain("First rule");

            long firstId =
                    given().get("/documents/crawlertest/terms-of-service/snapshots")
                            .then()
                            .statusCode(200)
                            .body("items.size()", equalTo(3))
                            .body("items[2].reextraction", equalTo(true))
                            .extract()
                            .jsonPath()
                            .getLong("items[0].id");
            given().get("/documents/crawlertest/terms-of-service/snapshots/" + firstId + "/text")
                    .then()
                    .statusCode(200)
                    .body("rulesVersion", equalTo(1))
                    .body("matchesPublished", equalTo(true))
                    .body("text", equalTo(snapshot.text()));
            given().get("/documents/crawlertest/terms-of-service/snapshots/999999/text")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void failingDocumentReportsItsFailureAndItsRecovery() {
        TestSite site = SiteResource.site();
        site.page("/gone", 503, "text/plain", "down".getBytes());
        String body =
                """
                {"platform":"crawlertest","platformName":"Crawler Test","type":"privacy-policy",
                 "name":"Test Privacy","urls":["%s"],"select":["main"],"interval":"PT1H"}
                """
                        .formatted(site.url("/gone"));
        String id = "crawlertest/privacy-policy";
        try (TopicReader failures =
                new TopicReader(bootstrap(), Topics.CRAWL_FAILURES, id, STARTED)) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/documents")
                    .then()
                    .statusCode(201)
                    .body("id", equalTo(id));

            List<TopicReader.Received> failed =
                    await().atMost(Duration.ofSeconds(15))
                            .until(failures::poll, received -> !received.isEmpty());
            CrawlFailed failure = EventJson.read(failed.getFirst().payload(), CrawlFailed.class);
            assertThat(failed.getFirst().type()).isEqualTo(EventTypes.CRAWL_FAILED);
            assertThat(failure.failureClass()).isEqualTo("http_status");
            assertThat(failure.httpStatus()).isEqualTo(503);
            given().get("/documents/crawlertest/privacy-policy")
                    .then()
                    .statusCode(200)
                    .body("health.consecutiveFailures", equalTo(1))
                    .body("health.lastFailureClass", equalTo("http_status"));

            site.html("/gone", page("Privacy is back."));
            given().post("/documents/crawlertest/privacy-policy/check").then().statusCode(202);
            List<TopicReader.Received> recovered =
                    await().atMost(Duration.ofSeconds(10))
                            .until(failures::poll, received -> received.size() == 2);
            assertThat(recovered.get(1).type()).isEqualTo(EventTypes.CRAWL_RECOVERED);
            given().get("/documents/crawlertest/privacy-policy")
                    .then()
                    .body("health.consecutiveFailures", equalTo(0))
                    .body("health.lastSuccessAt", notNullValue());
        }
    }

    @Test
    void apiListsValidatesAndDisables() {
        given().get("/platforms").then().statusCode(200).body("items.id", hasItem("crawlertest"));
        given().get("/documents?platform=crawlertest&type=terms-of-service")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(SiteResource.DOCUMENT_ID))
                .body("items[0].rules[0].version", equalTo(1))
                .body("next", equalTo(null));
        given().get("/documents/nobody/terms-of-service")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"platform":"Bad Name","type":"novel","name":"",
                         "urls":["ftp://x"],"select":["main[["],"interval":"soon"}
                        """)
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("urls[0]"))
                .body("errors.field", hasItem("select[0]"))
                .body("errors.field", hasItem("interval"))
                .body("errors.field", hasItem("type"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        String create =
                """
                {"platform":"crawlertest","type":"cookie-policy","name":"Cookies",
                 "urls":["%s"],"interval":"PT2H"}
                """
                        .formatted(SiteResource.site().url("/cookies"));
        given().contentType(ContentType.JSON)
                .body(create)
                .post("/documents")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"select\":[\"article\"]}")
                .put("/documents/crawlertest/cookie-policy")
                .then()
                .statusCode(200)
                .body("rulesVersion", equalTo(2))
                .body("rules[0].validTo", notNullValue())
                .body("select[0]", equalTo("article"));
        given().delete("/documents/crawlertest/cookie-policy").then().statusCode(204);
        given().get("/documents/crawlertest/cookie-policy").then().body("enabled", equalTo(false));
        given().post("/documents/crawlertest/cookie-policy/check").then().statusCode(409);
    }

    @Test
    void documentsOfANewPlatformDeclaredAtTheSameMomentAreAllCreated() throws Exception {
        List<String> types = List.of("cookie-policy", "acceptable-use-policy", "developer-terms");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(types.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String type : types) {
                String body =
                        """
                        {"platform":"racing","platformName":"Racing","type":"%s","name":"%s",
                         "urls":["%s"],"select":["main"],"interval":"PT1H"}
                        """
                                .formatted(type, type, SiteResource.site().url("/terms"));
                statuses.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return given().contentType(ContentType.JSON)
                                            .body(body)
                                            .post("/documents")
                                            .statusCode();
                                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        given().get("/documents?platform=racing")
                .then()
                .statusCode(200)
                .body("items", hasSize(types.size()));
    }

    /** Raw bodies archived for a URL: one per distinct body, however often it was fetched. */
    private static long archivedBodies(String url) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                Arc.container()
                                                        .instance(EntityManager.class)
                                                        .get()
                                                        .createNativeQuery(
                                                                "select count(*) from raw_response"
                                                                        + " where first_url = ?1")
                                                        .setParameter(1, url)
                                                        .getSingleResult())
                                        .longValue());
    }

    private static void checkNowAndAwaitCheck(String platform, String type) {
        String path = "/documents/" + platform + "/" + type;
        String before = given().get(path).then().extract().path("health.lastCheckedAt");
        given().post(path + "/check").then().statusCode(202);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> given().get(path).then().extract().path("health.lastCheckedAt"),
                        after -> after != null && !after.equals(before));
    }

    /** Keeps polling for a while; what arrives in that time is what was published. */
    private static List<TopicReader.Received> pollFor(TopicReader reader, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        List<TopicReader.Received> received = reader.poll();
        while (System.nanoTime() < end) {
            received = reader.poll();
        }
        return received;
    }
}
