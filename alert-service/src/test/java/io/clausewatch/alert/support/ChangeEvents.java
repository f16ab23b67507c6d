package io.clausewatch.alert.support;

import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes change events to the real broker the way diff-service does: binary CloudEvents. */
public final class ChangeEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public ChangeEvents() {
        this(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public ChangeEvents(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("key.serializer", StringSerializer.class.getName());
        properties.put("value.serializer", StringSerializer.class.getName());
        properties.put("acks", "all");
        properties.put("linger.ms", "0");
        producer = new KafkaProducer<>(properties);
    }

    public static DocumentChanged change(
            String documentId, int version, String significance, List<String> topics) {
        String[] parts = documentId.split("/");
        return new DocumentChanged(
                DocumentChanged.changeIdOf(documentId, version),
                documentId,
                parts[0],
                parts[1],
                version - 1,
                version,
                Instant.now(),
                significance,
                false,
                false,
                new ChangeSummary(
                        "Section 4 changed",
                        3,
                        1,
                        1,
                        topics,
                        List.of(),
                        List.of(),
                        List.of(),
                        false));
    }

    public void publish(DocumentChanged change) {
        publish(change, change.changeId(), EventJson.write(change));
    }

    /** Publishes all at once and waits for the broker to take them. */
    public void publishAll(List<DocumentChanged> changes) {
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (DocumentChanged change : changes) {
            sent.add(producer.send(record(change, change.changeId(), EventJson.write(change))));
        }
        try {
            for (var future : sent) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the events", e);
        }
    }

    public void publish(DocumentChanged change, String eventId, String payload) {
        try {
            producer.send(record(change, eventId, payload)).get();
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the event", e);
        }
    }

    /**
     * Publishes a record stamped as published at the given time, as a record published then and
     * read again now (a consumer group reset, a redelivery) carries it.
     */
    public void publishStampedAt(DocumentChanged change, Instant publishedAt) {
        ProducerRecord<String, String> record =
                record(change, change.changeId(), EventJson.write(change), publishedAt);
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the event", e);
        }
    }

    private static ProducerRecord<String, String> record(
            DocumentChanged change, String eventId, String payload) {
        return record(change, eventId, payload, null);
    }

    private static ProducerRecord<String, String> record(
            DocumentChanged change, String eventId, String payload, Instant publishedAt) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(
                        Topics.DOCUMENT_CHANGES,
                        null,
                        publishedAt == null ? null : publishedAt.toEpochMilli(),
                        change.documentId(),
                        payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", EventTypes.DOCUMENT_CHANGED);
        header(record, "ce_source", EventSources.DIFF);
        header(record, "ce_subject", change.documentId());
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
