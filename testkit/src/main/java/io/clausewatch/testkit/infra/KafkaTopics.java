package io.clausewatch.testkit.infra;

import io.clausewatch.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the Clausewatch topics on a single-node broker; existing topics are left alone. */
public final class KafkaTopics {

    private KafkaTopics() {}

    public static void ensureAll(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            for (Topics.TopicSpec spec : Topics.ALL) {
                create(admin, new NewTopic(spec.name(), spec.partitions(), (short) 1));
            }
        }
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        5000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        10000));
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic.name(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic.name(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create " + topic.name(), e);
        }
    }
}
