package io.clausewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clausewatch.alert.service.DeliveryPlanner;
import io.clausewatch.alert.support.ChangeEvents;
import io.clausewatch.alert.support.RecordingReceiver;
import io.clausewatch.alert.support.RecordingReceiver.Behaviour;
import io.clausewatch.alert.support.RecordingReceiver.Received;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.testkit.infra.Infrastructure;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, killed (SIGKILL) in the middle of a delivery's retry schedule and started
 * again: the retry comes from the database, so the delivery still goes, at its scheduled time, with
 * the same {@code webhook-id}, and is not sent more often than its attempts.
 */
class RestartMidRetryIT {

    private static final Path JAR = Path.of(System.getProperty("alert.app.jar"));

    private final List<Process> processes = new ArrayList<>();
    private RecordingReceiver receiver;
    private int port;

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void killedDuringTheRetryScheduleTheDeliveryGoesOnceMoreWithTheSameWebhookId()
            throws Exception {
        Infrastructure infra = Infrastructure.forTests();
        receiver = new RecordingReceiver();
        port = freePort();
        String path = "/hooks/" + UUID.randomUUID();
        AtomicInteger answered = new AtomicInteger();
        // 500 to the first two attempts, then 204
        receiver.answer(
                path,
                exchange ->
                        Behaviour.status(answered.incrementAndGet() <= 2 ? 500 : 204)
                                .respond(exchange));

        Process first = startService(infra, "first");
        String document = "acme" + UUID.randomUUID().toString().substring(0, 8) + "/privacy-policy";
        String id =
                api().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "url",
                                        receiver.url(path),
                                        "filters",
                                        Map.of("documents", List.of(document))))
                        .post("/subscriptions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        DocumentChanged change = ChangeEvents.change(document, 2, "substantive", List.of());
        try (ChangeEvents events = new ChangeEvents(infra.kafka().bootstrapServers())) {
            events.publish(change);
        }

        // the first attempt failed and its retry is scheduled in the database: kill now
        await("first attempt recorded")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "pending".equals(latestDelivery(id).get("status"))
                                        && attempts(id) == 1);
        assertThat(receiver.received(path)).hasSize(1);
        first.destroyForcibly().waitFor();

        startService(infra, "second");
        await("delivered after the restart")
                .atMost(Duration.ofSeconds(60))
                .until(() -> "succeeded".equals(latestDelivery(id).get("status")));
        await("nothing sent after success")
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .until(() -> receiver.received(path).size() == 3);

        String webhookId = DeliveryPlanner.deliveryId(id, change.changeId());
        assertThat(receiver.received(path))
                .extracting(Received::webhookId)
                .containsExactly(webhookId, webhookId, webhookId);
        assertThat(attempts(id)).isEqualTo(3);
        assertThat(latestDelivery(id).get("id")).isEqualTo(webhookId);
    }

    private Map<String, Object> latestDelivery(String subscription) {
        List<Map<String, Object>> items =
                api().get("/subscriptions/" + subscription + "/deliveries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        return items.isEmpty() ? Map.of() : items.get(0);
    }

    private int attempts(String subscription) {
        Object attempts = latestDelivery(subscription).get("attempts");
        return attempts instanceof Number n ? n.intValue() : 0;
    }

    private RequestSpecification api() {
        return given().port(port);
    }

    private Process startService(Infrastructure infra, String name) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        infra.quarkusConfig().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dclausewatch.alert.allow-private-addresses=true");
        // a retry 4 s after the first failure, so the kill lands inside the schedule
        command.add("-Dclausewatch.alert.retry-schedule=0s,4s,2s,2s");
        command.add("-Dclausewatch.alert.timeout=2s");
        command.add("-Xmx256m");
        command.add("-jar");
        command.add(JAR.toString());
        Path log = JAR.getParent().getParent().resolve("restart-it-" + name + ".log");
        Files.deleteIfExists(log);
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        processes.add(process);
        await(name + " service ready")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> api().get("/q/health/ready").statusCode() == 200);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
