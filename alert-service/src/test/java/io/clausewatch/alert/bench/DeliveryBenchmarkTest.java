package io.clausewatch.alert.bench;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.clausewatch.alert.support.ChangeEvents;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fan-out benchmark: change events to a local receiver through the real broker, database and
 * dispatcher. Prints figures, asserts nothing. Run alone:
 *
 * <pre>./mvnw -o -pl alert-service verify -Dclausewatch.bench=true -Dtest=DeliveryBenchmarkTest
 * </pre>
 */
@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
@EnabledIfSystemProperty(named = "clausewatch.bench", matches = "true")
class DeliveryBenchmarkTest {

    private static final int EVENTS = Integer.getInteger("clausewatch.bench.events", 1000);
    private static final int SUBSCRIPTIONS =
            Integer.getInteger("clausewatch.bench.subscriptions", 100);
    private static final int PACED_EVENTS =
            Integer.getInteger("clausewatch.bench.paced-events", 200);
    private static final int PACED_PER_SECOND = Integer.getInteger("clausewatch.bench.rate", 10);

    @Test
    void allEndpointsHealthy() throws Exception {
        run("healthy", 0);
    }

    @Test
    void tenPercentOfEndpointsFailOrTimeOut() throws Exception {
        run("10% failing", SUBSCRIPTIONS / 10);
    }

    private void run(String scenario, int unhealthy) throws Exception {
        String platform = "bench" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> failing = new HashSet<>();
        Set<String> hanging = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String path = "/" + platform + "/" + i;
            paths.add(path);
            if (i < unhealthy) {
                (i % 2 == 0 ? failing : hanging).add(path);
            }
        }
        try (BenchReceiver receiver = new BenchReceiver(failing, hanging);
                ChangeEvents events = new ChangeEvents()) {
            List<String> ids = new ArrayList<>();
            for (String path : paths) {
                ids.add(subscribe(receiver.url(path), platform));
            }
            int healthyEndpoints = SUBSCRIPTIONS - unhealthy;

            Figures burst = burst(receiver, events, platform, healthyEndpoints);
            Figures paced = paced(receiver, events, platform, healthyEndpoints);
            System.out.flush();
            System.out.printf(
                    "%nBENCH scenario=%s events=%d subscriptions=%d unhealthy=%d%n"
                            + "BENCH burst: healthy deliveries=%d in %.1f s -> %.0f deliveries/s;"
                            + " event->delivery p50=%d ms p99=%d ms max=%d ms%n"
                            + "BENCH paced %d events/s (%d deliveries/s offered), %d events:"
                            + " event->delivery p50=%d ms p99=%d ms max=%d ms%n"
                            + "BENCH repeated webhook-ids received: %d%n%n",
                    scenario,
                    EVENTS,
                    SUBSCRIPTIONS,
                    unhealthy,
                    burst.count(),
                    burst.seconds(),
                    burst.count() / burst.seconds(),
                    burst.p50(),
                    burst.p99(),
                    burst.max(),
                    PACED_PER_SECOND,
                    PACED_PER_SECOND * SUBSCRIPTIONS,
                    PACED_EVENTS,
                    paced.p50(),
                    paced.p99(),
                    paced.max(),
                    receiver.duplicates());
            ids.forEach(id -> given().delete("/subscriptions/" + id));
        }
    }

    private Figures burst(
            BenchReceiver receiver, ChangeEvents events, String platform, int healthyEndpoints) {
        List<DocumentChanged> changes = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            changes.add(ChangeEvents.change(platform + "/doc-" + i, 2, "minor", List.of()));
        }
        long started = System.currentTimeMillis();
        events.publishAll(changes);
        long expected = (long) EVENTS * healthyEndpoints;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> receiver.healthyCount(2) >= expected);
        double seconds = (receiver.lastHealthyArrival() - started) / 1000.0;
        return Figures.of(receiver.healthyDelays(2), seconds);
    }

    private Figures paced(
            BenchReceiver receiver, ChangeEvents events, String platform, int healthyEndpoints)
            throws InterruptedException {
        long interval = 1000L / PACED_PER_SECOND;
        for (int i = 0; i < PACED_EVENTS; i++) {
            long due = System.currentTimeMillis() + interval;
            events.publish(ChangeEvents.change(platform + "/doc-" + i, 3, "minor", List.of()));
            Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
        }
        long expected = (long) PACED_EVENTS * healthyEndpoints;
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> receiver.healthyCount(3) >= expected);
        return Figures.of(receiver.healthyDelays(3), 0);
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

    /** Delivery count, elapsed time and percentiles of the event-to-delivery delay. */
    private record Figures(long count, double seconds, long p50, long p99, long max) {

        static Figures of(long[] delays, double seconds) {
            long[] sorted = delays.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            return new Figures(
                    n,
                    seconds,
                    sorted[n / 2],
                    sorted[Math.min(n - 1, (int) (n * 0.99))],
                    sorted[n - 1]);
        }
    }
}
