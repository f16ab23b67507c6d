package io.clausewatch.alert.support;

import io.clausewatch.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@code alerts.dead-letter} from the beginning, as an operator's consumer would. */
public final class DeadLetters {

    private DeadLetters() {}

    /** Records keyed by this subscription, with their {@code ce_type} header, as "type|payload". */
    public static List<String> forSubscription(String subscriptionId) {
        Properties properties = new Properties();
        properties.put(
                "bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.DEAD_LETTER).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            for (int i = 0; i < 5; i++) {
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    if (subscriptionId.equals(record.key())) {
                        var type = record.headers().lastHeader("ce_type");
                        found.add(
                                (type == null
                                                ? ""
                                                : new String(type.value(), StandardCharsets.UTF_8))
                                        + "|"
                                        + record.value());
                    }
                }
            }
        }
        return found;
    }
}
