package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.webhooks.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crashes, restarts and a failing receiver while versions flow through the packaged services. After
 * each fault: every served version recorded once, every change delivered (repeats only under the
 * same webhook id), the hash chains verify, no delivery open and no consumer lag.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Duration RECOVERY = Duration.ofSeconds(150);
    private static final String HOOK = "/hooks/faults";

    private record Row(
            String fault,
            int versionsExpected,
            int versionsRecorded,
            int deliveriesExpected,
            int deliveriesReceived,
            int duplicates,
            long recoverMillis) {}

    private static final List<Row> TABLE = new ArrayList<>();
    private static final Map<String, Integer> SERVED = new LinkedHashMap<>();
    private static final Map<String, Integer> HITS_BEFORE = new LinkedHashMap<>();

    private static ReliabilityStack stack;
    private static Ledger ledger;
    private static String subscriptionId;
    private static String secret;

    @BeforeAll
    static void subscribe() {
        stack = ReliabilityStack.get();
        ledger = new Ledger(stack, HOOK);
        for (String type : ReliabilityStack.FAULT_TYPES) {
            SERVED.put(stack.documentId(type), 1);
            // The scheduler's first order may have gone to a crawler that a failed start stopped.
            check(stack.documentId(type));
        }
        Http.Answer answer =
                Http.post(
                        stack.gateway() + "/api/v1/subscriptions",
                        stack.adminKey,
                        Map.of(
                                "url", stack.receiver.url(HOOK),
                                "description", "fault suite",
                                "filters", Map.of("platforms", List.of(stack.platform))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        subscriptionId = answer.json().get("id").asText();
        secret = answer.json().get("secret").asText();
        stack.secrets.add(secret);
        await("first versions recorded")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () ->
                                SERVED.keySet().stream()
                                        .allMatch(d -> ledger.recordedVersions(d).size() == 1));
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.printf(
                "%-34s %9s %9s %10s %10s %10s %9s%n",
                "fault", "versions", "recorded", "deliveries", "received", "duplicates", "recover");
        for (Row row : TABLE) {
            System.out.printf(
                    "%-34s %9d %9d %10d %10d %10d %8.1fs%n",
                    row.fault,
                    row.versionsExpected,
                    row.versionsRecorded,
                    row.deliveriesExpected,
                    row.deliveriesReceived,
                    row.duplicates,
                    row.recoverMillis / 1000.0);
        }
        System.out.println();
    }

    @Test
    @Order(1)
    void diffServiceKilledMidStream() {
        Instant fault = publishAll();
        await("pages fetched").atMost(Duration.ofSeconds(30)).until(this::allServedFetched);
        stack.stack().service(ServiceName.DIFF).kill();
        stack.stack().restart(ServiceName.DIFF);
        assertConverged("SIGKILL diff-service mid-stream", fault);
    }

    @Test
    @Order(2)
    void alertServiceKilledMidDeliveries() {
        int before = ledger.acceptedChanges().size();
        Instant fault = publishAll();
        await("a first delivery of the round")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.acceptedChanges().size() > before);
        stack.stack().service(ServiceName.ALERT).kill();
        stack.stack().restart(ServiceName.ALERT);
        assertConverged("SIGKILL alert-service mid-delivery", fault);
    }

    @Test
    @Order(3)
    void kafkaBrokerRestarted() {
        Instant fault = publishAll();
        stack.restartKafka();
        assertConverged("Kafka broker restart", fault);
    }

    @Test
    @Order(4)
    void postgresRestartedThenCheckedAgain() {
        Instant fault = publishAll();
        stack.restartPostgres();
        assertConverged("Postgres restart, check again", fault, true);
    }

    @Test
    @Order(8)
    void postgresRestartedUnattended() {
        Instant fault = publishAll();
        stack.restartPostgres();
        assertConverged("Postgres restart, unattended", fault);
    }

    @Test
    @Order(5)
    void receiverFailsThenHangsThenRecovers() {
        long failedBefore = count(Receiver.Mode.FAIL);
        long hungBefore = count(Receiver.Mode.HANG);
        stack.receiver.mode(Receiver.Mode.FAIL);
        Instant fault = publishAll();
        await("answered 500 several times")
                .atMost(Duration.ofSeconds(60))
                .until(() -> count(Receiver.Mode.FAIL) >= failedBefore + 4);
        stack.receiver.mode(Receiver.Mode.HANG);
        await("timed out several times")
                .atMost(Duration.ofSeconds(60))
                .until(() -> count(Receiver.Mode.HANG) >= hungBefore + 2);
        stack.receiver.mode(Receiver.Mode.ACCEPT);
        assertConverged("receiver 500, then timeout, then ok", fault);
    }

    @Test
    @Order(6)
    void crawlerKilledWhileFetchingRecoversOnTheNextCheck() {
        Instant fault = killCrawlerMidFetch();
        assertConverged("SIGKILL crawler mid-fetch, check again", fault, true);
    }

    @Test
    @Order(7)
    void crawlerKilledWhileFetchingRecoversByItself() {
        Instant fault = killCrawlerMidFetch();
        assertConverged("SIGKILL crawler mid-fetch, unattended", fault);
    }

    /** Serves a slow new version, kills the crawler while it waits for it, and restarts it. */
    private static Instant killCrawlerMidFetch() {
        String type = ReliabilityStack.FAULT_TYPES.getFirst();
        String path = ReliabilityStack.faultPath(type);
        String document = stack.documentId(type);
        int version = SERVED.merge(document, 1, Integer::sum);
        stack.site.html(path, Pages.document(type, version));
        stack.site.slow(path, 15_000);
        Instant fault = Instant.now();
        check(document);
        await("the fetch in flight")
                .atMost(Duration.ofSeconds(60))
                .until(() -> stack.site.inFlight(path) > 0);
        stack.stack().service(ServiceName.CRAWLER).kill();
        stack.site.slow(path, 0);
        stack.stack().restart(ServiceName.CRAWLER);
        return fault;
    }

    /** Asks for a check of every document whose served version is not recorded yet. */
    private static void recheckUnrecorded() {
        for (var entry : SERVED.entrySet()) {
            if (!ledger.recordedVersions(entry.getKey()).contains(entry.getValue())) {
                Http.post(stack.crawler() + "/documents/" + entry.getKey() + "/check", null, null);
            }
        }
    }

    private long count(Receiver.Mode mode) {
        return stack.receiver.requests().stream()
                .filter(r -> r.path().equals(HOOK) && r.answeredAs() == mode)
                .count();
    }

    private boolean allServedFetched() {
        return SERVED.keySet().stream()
                .allMatch(
                        d ->
                                stack.site.inFlight(pathOf(d)) == 0
                                        && stack.site.hits(pathOf(d)) > HITS_BEFORE.get(d));
    }

    private static String pathOf(String document) {
        return ReliabilityStack.faultPath(document.substring(document.indexOf('/') + 1));
    }

    /** Serves a new version of every document and asks the crawler to look. */
    private static Instant publishAll() {
        Instant now = Instant.now();
        for (String document : SERVED.keySet()) {
            int version = SERVED.merge(document, 1, Integer::sum);
            String type = document.substring(document.indexOf('/') + 1);
            HITS_BEFORE.put(document, stack.site.hits(pathOf(document)));
            stack.site.html(ReliabilityStack.faultPath(type), Pages.document(type, version));
            check(document);
        }
        return now;
    }

    private static void check(String document) {
        Http.Answer answer =
                Http.post(stack.crawler() + "/documents/" + document + "/check", null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    }

    private void assertConverged(String fault, Instant began) {
        assertConverged(fault, began, false);
    }

    /**
     * Waits until everything is recorded, delivered and consumed.
     *
     * @param recheck ask the crawler again, every few seconds, for documents whose served version
     *     is not recorded yet: what an operator does after a crash that lost crawl orders
     */
    private void assertConverged(String fault, Instant began, boolean recheck) {
        long[] lastCheck = {0};
        try {
            await(fault + ": everything recorded, delivered and consumed")
                    .atMost(RECOVERY)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .untilAsserted(
                            () -> {
                                if (recheck && System.nanoTime() - lastCheck[0] > 5_000_000_000L) {
                                    lastCheck[0] = System.nanoTime();
                                    recheckUnrecorded();
                                }
                                converged();
                            });
        } finally {
            TABLE.add(row(fault, began));
        }
    }

    private void converged() throws Exception {
        Map<String, List<Receiver.Request>> accepted = ledger.acceptedChanges();
        for (var entry : SERVED.entrySet()) {
            String document = entry.getKey();
            List<Integer> recorded = ledger.recordedVersions(document);
            List<Integer> expected = new ArrayList<>();
            for (int v = entry.getValue(); v >= 1; v--) {
                expected.add(v);
            }
            assertThat(recorded)
                    .as("versions of %s", document)
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (int v = 2; v <= entry.getValue(); v++) {
                assertThat(accepted)
                        .as("webhook for %s v%d", document, v)
                        .containsKey(document + "@" + v);
            }
            assertThat(ledger.chainProblems(document)).as("hash chain of %s", document).isEmpty();
        }
        for (List<Receiver.Request> requests : accepted.values()) {
            for (Receiver.Request request : requests) {
                assertThat(request.verify(secret)).isEqualTo(WebhookSignature.Result.VALID);
            }
        }
        assertThat(ledger.announcedUnderSeveralIds()).as("one webhook id per change").isEmpty();
        assertThat(ledger.openDeliveries(subscriptionId)).as("open deliveries").isEmpty();
        assertThat(ledger.consumerLag()).as("consumer lag").isZero();
    }

    private Row row(String fault, Instant began) {
        int versionsExpected = 0;
        int versionsRecorded = 0;
        int deliveriesExpected = 0;
        int deliveriesReceived = 0;
        int duplicates = 0;
        Map<String, List<Receiver.Request>> accepted;
        try {
            accepted = ledger.acceptedChanges();
        } catch (RuntimeException e) {
            accepted = Map.of();
        }
        for (var entry : SERVED.entrySet()) {
            versionsExpected += entry.getValue();
            try {
                versionsRecorded += ledger.recordedVersions(entry.getKey()).size();
            } catch (RuntimeException e) {
                versionsRecorded = -1;
            }
            for (int v = 2; v <= entry.getValue(); v++) {
                deliveriesExpected++;
                List<Receiver.Request> got = accepted.get(entry.getKey() + "@" + v);
                if (got != null) {
                    deliveriesReceived++;
                    duplicates += got.size() - 1;
                }
            }
        }
        return new Row(
                fault,
                versionsExpected,
                versionsRecorded,
                deliveriesExpected,
                deliveriesReceived,
                duplicates,
                Duration.between(began, Instant.now()).toMillis());
    }
}
