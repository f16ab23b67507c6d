package io.clausewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.clausewatch.alert.support.ChangeEvents;
import io.clausewatch.alert.support.DeadLetters;
import io.clausewatch.alert.support.RecordingReceiver;
import io.clausewatch.alert.support.RecordingReceiver.Behaviour;
import io.clausewatch.alert.support.RecordingReceiver.Received;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Endpoints that misbehave. The test profile retries at 0 s, 1 s, 1 s and gives an endpoint 2 s to
 * answer, so whole schedules run in seconds.
 */
@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class DeliveryFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RecordingReceiver receiver;

    @Inject AgroalDataSource dataSource;
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
    void hangingEndpointTimesOutEachAttemptThenTheDeliveryIsDeadLettered() {
        String document = uniqueDocument();
        String path = path();
        receiver.answer(path, Behaviour.hang(5_000));
        String id = subscribe(path, document);

        events.publish(ChangeEvents.change(document, 2, "minor", List.of()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "failed".equals(lastDelivery(id).getString("status")));
        JsonPath delivery = lastDelivery(id);
        assertThat(delivery.getInt("attempts")).isEqualTo(3);
        assertThat(delivery.getList("attemptLog.errorClass")).containsOnly("timeout");
        assertThat(receiver.received(path)).hasSize(3);
        assertThat(receiver.received(path).stream().map(Received::webhookId).distinct()).hasSize(1);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !DeadLetters.forSubscription(id).isEmpty());
        assertThat(DeadLetters.forSubscription(id).get(0))
                .startsWith("clausewatch.delivery.exhausted|")
                .contains(delivery.getString("id"));
    }

    @Test
    void slowEndpointDoesNotDelayOthers() {
        String platform = "slowfast" + UUID.randomUUID().toString().substring(0, 6);
        String slow = path();
        String fast = path();
        receiver.answer(slow, Behaviour.hang(1_200));
        subscribeToPlatform(slow, platform);
        subscribeToPlatform(fast, platform);

        events.publishAll(
                java.util.stream.IntStream.range(0, 8)
                        .mapToObj(
                                i ->
                                        ChangeEvents.change(
                                                platform + "/doc-" + i, 2, "minor", List.of()))
                        .toList());

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(fast).size() == 8);
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(slow).size() >= 8);
        assertThat(receiver.peakConcurrency(slow)).isLessThanOrEqualTo(4);
        Map<String, Long> slowArrivals = firstArrivals(slow);
        for (Map.Entry<String, Long> fastArrival : firstArrivals(fast).entrySet()) {
            assertThat(fastArrival.getValue())
                    .isLessThanOrEqualTo(slowArrivals.get(fastArrival.getKey()) + 300);
        }
    }

    @Test
    void redirectIsAFailureAndIsNotFollowed() {
        String document = uniqueDocument();
        String path = path();
        String target = path();
        receiver.answer(path, Behaviour.withHeader(302, "Location", receiver.url(target), ""));
        String id = subscribe(path, document);

        events.publish(ChangeEvents.change(document, 2, "minor", List.of()));

        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf(id) >= 1);
        JsonPath delivery = lastDelivery(id);
        assertThat(delivery.getString("attemptLog[0].errorClass")).isEqualTo("redirect");
        assertThat(delivery.getInt("attemptLog[0].statusCode")).isEqualTo(302);
        assertThat(receiver.received(target)).isEmpty();
    }

    @Test
    void goneDisablesTheSubscriptionWithAVisibleReason() {
        String document = uniqueDocument();
        String path = path();
        receiver.answer(path, Behaviour.status(410));
        String id = subscribe(path, document);

        events.publish(ChangeEvents.change(document, 2, "minor", List.of()));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "disabled".equals(subscription(id).getString("state")));
        assertThat(subscription(id).getString("disabledReason")).contains("410");
        assertThat(receiver.received(path)).hasSize(1);
    }

    @Test
    void retryAfterIsHonoured() {
        String document = uniqueDocument();
        String path = path();
        receiver.answer(
                path,
                Behaviour.firstThen(
                        Behaviour.withHeader(429, "Retry-After", "3", "slow down"),
                        Behaviour.status(204)));
        String id = subscribe(path, document);

        events.publish(ChangeEvents.change(document, 2, "minor", List.of()));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "succeeded".equals(lastDelivery(id).getString("status")));
        List<Received> requests = receiver.received(path);
        assertThat(requests).hasSize(2);
        long waited = requests.get(1).arrivedAtMillis() - requests.get(0).arrivedAtMillis();
        assertThat(waited).isGreaterThanOrEqualTo(2_900);
        assertThat(lastDelivery(id).getString("attemptLog[1].errorClass"))
                .isEqualTo("rate_limited");
        assertThat(lastDelivery(id).getString("attemptLog[1].responseExcerpt"))
                .isEqualTo("slow down");
    }

    @Test
    void hugeAnswerIsCutToABoundedExcerpt() {
        String document = uniqueDocument();
        String path = path();
        receiver.answer(path, Behaviour.hugeBody(64));
        String id = subscribe(path, document);

        events.publish(ChangeEvents.change(document, 2, "minor", List.of()));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "succeeded".equals(lastDelivery(id).getString("status")));
        String excerpt = lastDelivery(id).getString("attemptLog[0].responseExcerpt");
        assertThat(excerpt).hasSize(1024).containsOnlyOnce("x".repeat(1024));
    }

    @Test
    void laterChangeWaitsUntilTheEarlierOneIsDelivered() throws Exception {
        String document = uniqueDocument();
        String path = path();
        receiver.answer(path, Behaviour.firstThen(Behaviour.status(500), Behaviour.status(204)));
        subscribe(path, document);
        DocumentChanged first = ChangeEvents.change(document, 2, "minor", List.of());
        DocumentChanged second = ChangeEvents.change(document, 3, "minor", List.of());

        events.publish(first);
        events.publish(second);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() == 3);
        List<String> order = receiver.received(path).stream().map(r -> eventId(r.body())).toList();
        assertThat(order).containsExactly(first.changeId(), first.changeId(), second.changeId());
    }

    private static Map<String, Long> firstArrivals(String path) {
        return receiver.received(path).stream()
                .collect(
                        java.util.stream.Collectors.toMap(
                                r -> eventId(r.body()), Received::arrivedAtMillis, Math::min));
    }

    static String eventId(String body) {
        try {
            return JSON.readTree(body).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void failingEndpointIsBackedOffAndItsDeliveriesGoOnceItAnswersAgain() {
        String platform = "backoff" + UUID.randomUUID().toString().substring(0, 6);
        String path = path();
        receiver.answer(path, Behaviour.status(500));
        String id = subscribeToPlatform(path, platform);

        events.publishAll(changes(platform, 10));

        // without the back-off, 10 deliveries x 3 attempts (0s, 1s, 1s) would all go in ~3 s
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() >= 5);
        await().during(Duration.ofSeconds(4)).until(() -> receiver.received(path).size() <= 15);
        assertThat(deliveryStatuses(id)).contains("pending");

        receiver.answer(path, Behaviour.status(204));
        await().atMost(Duration.ofSeconds(40))
                .until(() -> !deliveryStatuses(id).contains("pending"));
        // each delivery either went or used all its attempts; none was dropped unseen
        List<String> statuses = deliveryStatuses(id);
        assertThat(statuses).hasSize(10).containsAnyOf("succeeded").doesNotContain("cancelled");
        for (String status : statuses) {
            assertThat(status).isIn("succeeded", "failed");
        }
    }

    @Test
    void attemptsThatBreakInsideTheServiceDoNotBlockTheEndpoint() throws Exception {
        String platform = "broken" + UUID.randomUUID().toString().substring(0, 6);
        String path = path();
        String id = subscribeToPlatform(path, platform);
        String secret = secretOf(id);
        // signing throws on a malformed secret: the attempt breaks before any request is made
        setSecret(id, "not-a-secret");

        events.publishAll(changes(platform, 6));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                given().get("/subscriptions/" + id + "/deliveries?limit=50")
                                                .then()
                                                .extract()
                                                .jsonPath()
                                                .getList("items.attemptLog.flatten().errorClass")
                                                .size()
                                        >= 5);
        List<String> errors =
                given().get("/subscriptions/" + id + "/deliveries?limit=50")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.lastError");
        assertThat(errors)
                .anyMatch(e -> e != null && e.contains("the attempt failed inside Clausewatch"));
        assertThat(receiver.received(path)).isEmpty();

        // more broken attempts than the endpoint's concurrency limit, yet it still takes work
        setSecret(id, secret);
        DocumentChanged later = ChangeEvents.change(platform + "/later", 2, "minor", List.of());
        events.publish(later);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                receiver.received(path).stream()
                                        .anyMatch(r -> r.body().contains(later.changeId())));
    }

    private static List<DocumentChanged> changes(String platform, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> ChangeEvents.change(platform + "/doc-" + i, 2, "minor", List.of()))
                .toList();
    }

    private static List<String> deliveryStatuses(String subscriptionId) {
        return given().get("/subscriptions/" + subscriptionId + "/deliveries?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.status");
    }

    private String secretOf(String subscriptionId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select secret from subscription where id = ?")) {
            select.setString(1, subscriptionId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void setSecret(String subscriptionId, String secret) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update subscription set secret = ? where id = ?")) {
            update.setString(1, secret);
            update.setString(2, subscriptionId);
            update.executeUpdate();
        }
    }

    /** Attempts of the newest delivery; 0 while the delivery is not there yet. */
    private static int attemptsOf(String subscriptionId) {
        Integer attempts = lastDelivery(subscriptionId).get("attempts");
        return attempts == null ? 0 : attempts;
    }

    static JsonPath lastDelivery(String subscriptionId) {
        return given().get("/subscriptions/" + subscriptionId + "/deliveries?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items[0]");
    }

    static JsonPath subscription(String id) {
        return given().get("/subscriptions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String subscribe(String path, String document) {
        return create(path, Map.of("documents", List.of(document)));
    }

    private static String subscribeToPlatform(String path, String platform) {
        return create(path, Map.of("platforms", List.of(platform)));
    }

    private static String create(String path, Map<String, Object> filters) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "filters", filters))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }

    private static String uniqueDocument() {
        return "faulty" + UUID.randomUUID().toString().substring(0, 8) + "/privacy-policy";
    }
}
