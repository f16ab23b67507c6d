package io.clausewatch.crawler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the start with a plain Kafka consumer, keeping the records about one subject
 * produced after a given time (the broker is shared with other test runs).
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String subject;
    private final long sinceMillis;
    private final List<Received> received = new ArrayList<>();

    public TopicReader(String bootstrap, String topic, String subject, long sinceMillis) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crawler-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions =
                consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.subject = subject;
        this.sinceMillis = sinceMillis;
    }

    /** Polls once and returns every matching record received so far. */
    public List<Received> poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            String ceSubject = header(record, "ce_subject");
            if (subject.equals(ceSubject) && record.timestamp() >= sinceMillis) {
                received.add(
                        new Received(
                                record.key(),
                                header(record, "ce_type"),
                                header(record, "ce_id"),
                                record.value()));
            }
        }
        return List.copyOf(received);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** One record: key, CloudEvents type and id, JSON payload. */
    public record Received(String key, String type, String id, String payload) {
        public Map<String, Object> json() {
            return io.clausewatch.events.EventJson.read(payload, Map.class);
        }
    }
}
