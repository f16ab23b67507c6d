package io.clausewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.delivery.DeliveryJob;
import io.clausewatch.alert.delivery.DeliveryStore;
import io.clausewatch.alert.service.DeliveryPlanner;
import io.clausewatch.alert.service.IncomingEvent;
import io.clausewatch.alert.support.RecordingReceiver;
import io.clausewatch.alert.support.RecordingReceiver.Behaviour;
import io.clausewatch.alert.support.RecordingReceiver.Received;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.clausewatch.webhooks.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class SubscriptionApiTest {

    private static RecordingReceiver receiver;

    @Inject DeliveryPlanner planner;
    @Inject DeliveryStore store;
    @Inject AgroalDataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        receiver = new RecordingReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://169.254.169.254/latest/meta-data/",
                "http://[::ffff:169.254.169.254]/",
                "http://0x7f000001:8080/",
                "http://0.0.0.0/",
                "ftp://example.com/",
                "not a url",
            })
    void hostileOrMalformedUrlsAreRefusedNamingTheField(String url) {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", url))
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body(not(containsString("Exception")));
    }

    @Test
    void invalidFiltersAreRefusedNamingEachField() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "url",
                                receiver.url("/ok"),
                                "filters",
                                Map.of(
                                        "documents", List.of("Not A Document"),
                                        "platforms", List.of("zoom", "ZOOM!"),
                                        "minSignificance", "huge",
                                        "eventTypes", List.of("clausewatch.everything"))))
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems(
                                "filters.documents[0]",
                                "filters.platforms[1]",
                                "filters.minSignificance",
                                "filters.eventTypes[0]"));
    }

    @Test
    void unknownIdsAnswerNotFoundProblems() {
        for (String path :
                List.of(
                        "/subscriptions/sub_nope",
                        "/subscriptions/sub_nope/deliveries",
                        "/subscriptions/sub_nope/stats")) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        given().post("/subscriptions/sub_nope/rotate-secret").then().statusCode(404);
        String id = create("/hooks/" + UUID.randomUUID());
        given().post("/subscriptions/" + id + "/deliveries/msg_nope/redeliver")
                .then()
                .statusCode(404);
    }

    @Test
    void editsAreValidatedAndDeleteHidesTheSubscription() {
        String id = create("/hooks/" + UUID.randomUUID());
        given().contentType(ContentType.JSON)
                .body(Map.of("state", "disabled"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().contentType(ContentType.JSON)
                .body(Map.of("state", "paused", "description", "on hold"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("state", equalTo("paused"))
                .body("description", equalTo("on hold"));

        given().delete("/subscriptions/" + id).then().statusCode(204);
        given().get("/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void rotationSignsWithBothSecretsAndTestPingAndRedeliveryKeepTheWebhookId() {
        String path = "/hooks/" + UUID.randomUUID();
        String first =
                given().contentType(ContentType.JSON)
                        .body(Map.of("url", receiver.url(path)))
                        .post("/subscriptions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("secret");
        String id = idOf(path);
        String second =
                given().post("/subscriptions/" + id + "/rotate-secret")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);

        String deliveryId =
                given().post("/subscriptions/" + id + "/test")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("deliveryId");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received(path).size() == 1);
        Received ping = receiver.received(path).get(0);
        assertThat(ping.webhookId()).isEqualTo(deliveryId);
        assertThat(ping.body()).contains("\"type\":\"clausewatch.webhook.test\"");
        assertThat(ping.signature().split(" ")).hasSize(2);
        assertThat(verify(first, ping)).isEqualTo(WebhookSignature.Result.VALID);
        assertThat(verify(second, ping)).isEqualTo(WebhookSignature.Result.VALID);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () ->
                                given().get("/subscriptions/" + id + "/deliveries")
                                        .then()
                                        .body("items[0].status", equalTo("succeeded")));
        given().post("/subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received(path).size() == 2);
        assertThat(receiver.received(path).get(1).webhookId()).isEqualTo(deliveryId);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () ->
                                given().get("/subscriptions/" + id + "/stats")
                                        .then()
                                        .statusCode(200)
                                        .body("deliveries.succeeded", equalTo(1))
                                        .body("attempts24h", equalTo(2))
                                        .body("successRate24h", equalTo(1.0f)));
    }

    @Test
    void failedDeliveriesSinceATimeAreSentAgain() {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.answer(path, Behaviour.status(500));
        String id = create(path);
        Instant before = Instant.now().minusSeconds(1);
        given().post("/subscriptions/" + id + "/test").then().statusCode(202);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () ->
                                given().get("/subscriptions/" + id + "/deliveries")
                                        .then()
                                        .body("items[0].status", equalTo("failed")));

        receiver.answer(path, Behaviour.status(204));
        given().post("/subscriptions/" + id + "/redeliver?since=" + before)
                .then()
                .statusCode(202)
                .body("redelivered", equalTo(1));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                given().get("/subscriptions/" + id + "/deliveries")
                                        .then()
                                        .body("items[0].status", equalTo("succeeded")));
        assertThat(receiver.received(path).stream().map(Received::webhookId).distinct()).hasSize(1);
    }

    @Test
    void attemptOfACrashedReplicaIsSentAgainAfterItsLeaseWithTheSameWebhookId() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        String id = create(path);
        String eventId = pausedWithOneDelivery(id);

        // a replica claims the delivery and dies before it sends: only its lease remains
        List<DeliveryJob> claimed =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    activate(id);
                                    return store.claim(10, 4, Map.of(), Duration.ofSeconds(2));
                                });
        long claimedAt = System.currentTimeMillis();
        assertThat(claimed).extracting(DeliveryJob::subscriptionId).containsExactly(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received(path).size() == 1);
        Received resent = receiver.received(path).get(0);
        assertThat(resent.webhookId()).isEqualTo(DeliveryPlanner.deliveryId(id, eventId));
        assertThat(resent.arrivedAtMillis() - claimedAt).isGreaterThanOrEqualTo(1_500);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> receiver.received(path).size() == 1);
    }

    @Test
    void replicaRestartedAfterACrashSendsItsLeasedDeliveriesAtOnce() throws Exception {
        String mine = "/hooks/" + UUID.randomUUID();
        String other = "/hooks/" + UUID.randomUUID();
        String mineId = create(mine);
        String otherId = create(other);
        pausedWithOneDelivery(mineId);
        pausedWithOneDelivery(otherId);
        // this replica claims both with a long lease and "dies"; the second lease is another
        // replica's, which a restart of this one must leave alone
        List<DeliveryJob> claimed =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    activate(mineId);
                                    activate(otherId);
                                    return store.claim(10, 4, Map.of(), Duration.ofMinutes(5));
                                });
        assertThat(claimed)
                .extracting(DeliveryJob::subscriptionId)
                .containsExactlyInAnyOrder(mineId, otherId);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update delivery set lease_holder = 'another-replica:8083'"
                                        + " where subscription_id = ?")) {
            update.setString(1, otherId);
            update.executeUpdate();
        }

        assertThat(store.releaseLeasesOfEarlierRun()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received(mine).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received(other).isEmpty());
    }

    /**
     * Pauses the subscription and plans one delivery for it, which no dispatcher claims until the
     * test {@link #activate}s the subscription; returns the event's id.
     */
    private String pausedWithOneDelivery(String id) {
        given().contentType(ContentType.JSON)
                .body(Map.of("state", "paused"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(200);
        String eventId = UUID.randomUUID().toString();
        planner.insert(
                new IncomingEvent(
                        eventId,
                        "clausewatch.webhook.test",
                        "urn:test",
                        id,
                        Instant.now(),
                        "{\"n\":1}",
                        null,
                        null,
                        null),
                List.of(id));
        return eventId;
    }

    private void activate(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update subscription set state = 'active' where id = ?")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    private static WebhookSignature.Result verify(String secret, Received received) {
        return WebhookSignature.forSecret(secret)
                .verify(
                        received.webhookId(),
                        received.timestamp(),
                        received.signature(),
                        received.body());
    }

    private static String create(String path) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "owner", "api-tests"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String idOf(String path) {
        List<Map<String, Object>> items =
                given().queryParam("limit", 200)
                        .get("/subscriptions")
                        .then()
                        .extract()
                        .path("items");
        return items.stream()
                .filter(item -> receiver.url(path).equals(item.get("url")))
                .map(item -> (String) item.get("id"))
                .findFirst()
                .orElseThrow();
    }
}
