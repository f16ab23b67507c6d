package io.clausewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.alert.support.ChangeEvents;
import io.clausewatch.alert.support.RecordingReceiver;
import io.clausewatch.alert.support.RecordingReceiver.Received;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.clausewatch.webhooks.WebhookSignature;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RecordingReceiver receiver;
    private static ChangeEvents events;

    @BeforeAll
    static void start() throws Exception {
        receiver = new RecordingReceiver();
        events = new ChangeEvents();
    }

    @AfterAll
    static void stop() {
        receiver.close();
        events.close();
    }

    @Test
    void changeIsDeliveredOnceSignedEvenWhenTheEventRepeats() throws Exception {
        String document = uniqueDocument();
        String path = "/hooks/" + UUID.randomUUID();
        ValidatableResponse created = subscribe(path, Map.of("documents", List.of(document)));
        String secret = created.extract().path("secret");

        DocumentChanged change = ChangeEvents.change(document, 2, "substantive", List.of());
        events.publish(change);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() == 1);
        Received delivery = receiver.received(path).get(0);
        assertThat(
                        WebhookSignature.forSecret(secret)
                                .verify(
                                        delivery.webhookId(),
                                        delivery.timestamp(),
                                        delivery.signature(),
                                        delivery.body()))
                .isEqualTo(WebhookSignature.Result.VALID);
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(body.path("specversion").asText()).isEqualTo("1.0");
        assertThat(body.path("id").asText()).isEqualTo(change.changeId());
        assertThat(body.path("type").asText()).isEqualTo("clausewatch.document.changed");
        assertThat(body.path("subject").asText()).isEqualTo(document);
        assertThat(body.path("data").path("toVersion").asInt()).isEqualTo(2);

        events.publish(change);
        DocumentChanged later = ChangeEvents.change(document, 3, "substantive", List.of());
        events.publish(later);
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() >= 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> receiver.received(path).size() == 2);
        assertThat(JSON.readTree(receiver.received(path).get(1).body()).path("id").asText())
                .isEqualTo(later.changeId());
    }

    @Test
    void eventPublishedBeforeTheSubscriptionExistedIsNotDelivered() {
        String document = uniqueDocument();
        String path = "/hooks/" + UUID.randomUUID();
        Instant created =
                Instant.parse(
                        subscribe(path, Map.of("documents", List.of(document)))
                                .extract()
                                .<String>path("createdAt"));

        // read now, published a second before the subscription: the topic re-read from the start
        DocumentChanged old = ChangeEvents.change(document, 2, "substantive", List.of());
        events.publishStampedAt(old, created.minusSeconds(1));
        DocumentChanged fresh = ChangeEvents.change(document, 3, "substantive", List.of());
        events.publish(fresh);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() >= 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> receiver.received(path).size() == 1);
        assertThat(receiver.received(path).get(0).body()).contains(fresh.changeId());
    }

    @Test
    void historicalAndFlappingChangesAreNotAnnounced() {
        String document = uniqueDocument();
        String path = "/hooks/" + UUID.randomUUID();
        subscribe(path, Map.of("documents", List.of(document)));

        DocumentChanged imported = ChangeEvents.change(document, 2, "substantive", List.of());
        events.publish(marked(imported, true, false));
        DocumentChanged flapped = ChangeEvents.change(document, 3, "substantive", List.of());
        events.publish(marked(flapped, false, true));
        DocumentChanged news = ChangeEvents.change(document, 4, "substantive", List.of());
        events.publish(news);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() >= 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> receiver.received(path).size() == 1);
        assertThat(receiver.received(path).get(0).body()).contains(news.changeId());
    }

    private static DocumentChanged marked(
            DocumentChanged change, boolean historical, boolean flapping) {
        return new DocumentChanged(
                change.changeId(),
                change.documentId(),
                change.platform(),
                change.documentType(),
                change.fromVersion(),
                change.toVersion(),
                change.capturedAt(),
                change.significance(),
                historical,
                flapping,
                change.summary());
    }

    @Test
    void filtersDecideWhatIsDelivered() {
        String document = uniqueDocument();
        String substantiveAi = "/hooks/" + UUID.randomUUID();
        String crawlOnly = "/hooks/" + UUID.randomUUID();
        subscribe(
                substantiveAi,
                Map.of(
                        "documents", List.of(document),
                        "topics", List.of("ai-training"),
                        "minSignificance", "substantive"));
        subscribe(
                crawlOnly,
                Map.of(
                        "documents",
                        List.of(document),
                        "eventTypes",
                        List.of("clausewatch.crawl.failed")));

        events.publish(ChangeEvents.change(document, 2, "minor", List.of("ai-training")));
        events.publish(ChangeEvents.change(document, 3, "substantive", List.of("retention")));
        DocumentChanged wanted =
                ChangeEvents.change(document, 4, "substantive", List.of("ai-training"));
        events.publish(wanted);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> receiver.received(substantiveAi).size() == 1);
        assertThat(receiver.received(substantiveAi).get(0).body()).contains(wanted.changeId());
        assertThat(receiver.received(crawlOnly)).isEmpty();
    }

    @Test
    void createAnswersTheSecretOnceAndListsByOwner() {
        String owner = "owner-" + UUID.randomUUID();
        String id =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "url",
                                        receiver.url("/hooks/owned"),
                                        "description",
                                        "legal team",
                                        "owner",
                                        owner))
                        .post("/subscriptions")
                        .then()
                        .statusCode(201)
                        .body("secret", startsWith("whsec_"))
                        .body("state", equalTo("active"))
                        .body("filters.eventTypes.size()", equalTo(0))
                        .extract()
                        .path("id");

        given().get("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("owner", equalTo(owner))
                .body("secret", equalTo(null));
        given().queryParam("owner", owner)
                .get("/subscriptions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("next", equalTo(null));
    }

    static ValidatableResponse subscribe(String path, Map<String, Object> filters) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "filters", filters, "owner", "tests"))
                .post("/subscriptions")
                .then()
                .statusCode(201);
    }

    static String uniqueDocument() {
        return "acme" + UUID.randomUUID().toString().substring(0, 8) + "/terms-of-service";
    }
}
