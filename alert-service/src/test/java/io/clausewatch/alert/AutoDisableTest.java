package io.clausewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clausewatch.alert.support.ChangeEvents;
import io.clausewatch.alert.support.RecordingReceiver;
import io.clausewatch.alert.support.RecordingReceiver.Behaviour;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An endpoint that keeps failing longer than {@code disable-after} (3 s here) is disabled. */
@QuarkusTest
@TestProfile(AutoDisableTest.ShortDisablePeriod.class)
@WithTestResource(ClausewatchInfraResource.class)
class AutoDisableTest {

    /** Disables after 3 s of failures; retries every second for longer than that. */
    public static class ShortDisablePeriod implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "clausewatch.alert.disable-after", "3s",
                    "clausewatch.alert.retry-schedule", "0s,1s,1s,1s,1s,1s,1s,1s,1s,1s");
        }
    }

    @Test
    void endpointFailingLongerThanTheLimitIsDisabledWithAReasonItsOwnerCanRead() throws Exception {
        try (RecordingReceiver receiver = new RecordingReceiver();
                ChangeEvents events = new ChangeEvents()) {
            String failing = "/hooks/" + UUID.randomUUID();
            String healthy = "/hooks/" + UUID.randomUUID();
            receiver.answer(failing, Behaviour.status(500));
            String platform = "acme" + UUID.randomUUID().toString().substring(0, 8);
            String failingId = subscribe(receiver.url(failing), platform);
            String healthyId = subscribe(receiver.url(healthy), platform);

            events.publish(
                    ChangeEvents.change(platform + "/terms-of-service", 2, "minor", List.of()));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "disabled".equals(subscription(failingId).getString("state")));
            JsonPath disabled = subscription(failingId);
            assertThat(disabled.getString("disabledReason"))
                    .contains("failed for longer than 3s")
                    .contains("HTTP 500");
            assertThat(disabled.getString("failingSince")).isNotNull();
            assertThat(receiver.received(failing).size()).isGreaterThan(1);
            // the healthy endpoint of the same event is untouched
            assertThat(subscription(healthyId).getString("state")).isEqualTo("active");
            assertThat(receiver.received(healthy)).hasSize(1);

            // disabled means no more attempts; the waiting delivery is kept, not thrown away
            int attemptsWhenDisabled = receiver.received(failing).size();
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.received(failing).size() == attemptsWhenDisabled);
            assertThat(latestDeliveryStatus(failingId)).isEqualTo("pending");

            // the owner fixes the endpoint and re-enables: the kept delivery goes
            receiver.answer(failing, Behaviour.status(204));
            given().contentType(ContentType.JSON)
                    .body(Map.of("state", "active"))
                    .patch("/subscriptions/" + failingId)
                    .then()
                    .statusCode(200);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> "succeeded".equals(latestDeliveryStatus(failingId)));
            JsonPath enabled = subscription(failingId);
            assertThat(enabled.getString("state")).isEqualTo("active");
            assertThat(enabled.getString("disabledReason")).isNull();
        }
    }

    private static String subscribe(String url, String platform) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "filters", Map.of("platforms", List.of(platform))))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath subscription(String id) {
        return given().get("/subscriptions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String latestDeliveryStatus(String id) {
        return given().get("/subscriptions/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].status");
    }
}
