package io.clausewatch.alert.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The CloudEvents attributes of a binary-mode Kafka record ({@code ce_*} headers). */
record CloudEventHeaders(String id, String type, String source, String subject, Instant time) {

    static CloudEventHeaders of(ConsumerRecord<String, String> record) {
        return new CloudEventHeaders(
                header(record, "ce_id"),
                header(record, "ce_type"),
                header(record, "ce_source"),
                header(record, "ce_subject"),
                time(header(record, "ce_time")));
    }

    /**
     * When the record was published: its Kafka timestamp (the producer's send time, or the broker's
     * append time on topics set so). Never the event's own {@code time}, which for a change is when
     * the document was captured, before the change was analysed and published.
     */
    static Instant publishedAt(ConsumerRecord<String, String> record) {
        return record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : null;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant time(String value) {
        if (value == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
