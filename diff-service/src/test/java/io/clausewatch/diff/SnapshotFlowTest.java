package io.clausewatch.diff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.clausewatch.diff.analysis.HashChain;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.SnapshotCaptured;
import io.clausewatch.events.Topics;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Snapshots on the real broker become versions, changes in the API and events on the topic. */
@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class SnapshotFlowTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private static final String V1 =
            """
            # Privacy Policy

            Last updated: January 5, 2026

            ## 1 Information we collect

            We collect your name and email address when you register.

            ## 2 How we use information

            We will not use your content to train our AI models.

            We keep your data for 30 days after you close your account.
            """;

    private static final String V2 =
            V1.replace("We will not use your content to train", "We may use your content to train")
                    .replace("30 days", "90 days");

    private final String platform = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    private final String documentId = platform + "/privacy-policy";

    @Test
    void snapshotsBecomeVersionsChangesAndEventsOnceEach() {
        SnapshotCaptured first = snapshot(V1, T0);
        SnapshotCaptured second = snapshot(V2, T0.plusSeconds(3600));
        produce(first);
        produce(second);
        awaitChanges(2);

        produce(second);
        produce(snapshot(V1 + "\nAn older text.\n", T0.minusSeconds(60)));
        produce(snapshot(V1, T0.plusSeconds(7200)));
        awaitChanges(3);

        given().queryParam("document", documentId)
                .get("/changes")
                .then()
                .statusCode(200)
                .body("items.toVersion", equalTo(List.of(3, 2, 1)))
                .body("items[0].flapping", equalTo(true))
                .body("items[0].summary.headline", org.hamcrest.Matchers.endsWith("(flapping)"))
                .body("items[1].significance", equalTo("substantive"))
                .body("items[2].fromVersion", equalTo(0));

        String secondId = DocumentChanged.changeIdOf(documentId, 2);
        given().get("/changes/" + secondId)
                .then()
                .statusCode(200)
                .body("changeId", equalTo(secondId))
                .body(
                        "summary.signals",
                        equalTo(List.of("modal-shift", "negation-removed", "number-changed")))
                .body("provisions", hasSize(2))
                .body("provisions[0].path", equalTo("Privacy Policy › 2 How we use information"));

        List<ConsumerRecord<String, String>> events = awaitEvents(3);
        assertThat(events)
                .extracting(r -> header(r, "ce_id"))
                .containsExactly(
                        DocumentChanged.changeIdOf(documentId, 1),
                        secondId,
                        DocumentChanged.changeIdOf(documentId, 3));
        assertThat(events)
                .extracting(r -> header(r, "ce_type"))
                .containsOnly(EventTypes.DOCUMENT_CHANGED);
        assertThat(events).extracting(r -> header(r, "ce_subject")).containsOnly(documentId);
        DocumentChanged event = EventJson.read(events.get(1).value(), DocumentChanged.class);
        assertThat(event.summary().provisions()).extracting(p -> p.kind()).containsOnly("edited");
    }

    @Test
    void unknownChangeIsANotFoundProblem() {
        given().get("/changes/no-such-change")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void badLimitIsAProblemNamingTheField() {
        given().queryParam("limit", "500")
                .get("/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private void awaitChanges(int count) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().queryParam("document", documentId)
                                        .get("/changes")
                                        .then()
                                        .statusCode(200)
                                        .body("items", hasSize(count)));
    }

    private SnapshotCaptured snapshot(String text, Instant capturedAt) {
        return new SnapshotCaptured(
                documentId,
                platform,
                "privacy-policy",
                capturedAt,
                List.of("https://example.org/privacy"),
                "text/html",
                List.of(HashChain.sha256(text)),
                HashChain.sha256(text),
                text,
                1,
                false);
    }

    private void produce(SnapshotCaptured snapshot) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(
                            Topics.CRAWL_SNAPSHOTS, documentId, EventJson.write(snapshot));
            Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            snapshot.eventId(),
                            "ce_type",
                            EventTypes.SNAPSHOT_CAPTURED,
                            "ce_source",
                            "urn:test",
                            "ce_subject",
                            documentId,
                            "content-type",
                            "application/json")
                    .forEach(
                            (name, value) ->
                                    record.headers()
                                            .add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not produce the snapshot", e);
        }
    }

    private List<ConsumerRecord<String, String>> awaitEvents(int count) {
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.DOCUMENT_CHANGES).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> {
                                consumer.poll(Duration.ofMillis(500))
                                        .forEach(
                                                r -> {
                                                    if (documentId.equals(r.key())) {
                                                        mine.add(r);
                                                    }
                                                });
                                return mine.size() >= count;
                            });
        }
        return mine;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static Properties producerConfig() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        return props;
    }

    private static Properties consumerConfig() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        return props;
    }
}
