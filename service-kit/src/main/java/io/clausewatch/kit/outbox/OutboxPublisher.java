package io.clausewatch.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends one outbox row to Kafka as a CloudEvent in binary mode, keyed and routed as the row says. A
 * bean of its own so that the emitter is created on first use, after the messaging channels are
 * wired, whenever the relay itself is created.
 */
@ApplicationScoped
@IfBuildProperty(name = "clausewatch.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxPublisher {

    private final Emitter<String> emitter;

    public OutboxPublisher(@Channel("outbox") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Sends the row; the future completes when the broker acknowledged it. */
    public CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        var cloudEvent =
                OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId)
                        .withType(row.eventType)
                        .withSource(URI.create(row.source))
                        .withSubject(row.subject)
                        .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build();
        var kafka =
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.recordKey)
                        .build();
        Message<String> message =
                Message.of(
                        row.payload,
                        Metadata.of(cloudEvent, kafka),
                        () -> {
                            ack.complete(null);
                            return CompletableFuture.completedFuture(null);
                        },
                        failure -> {
                            ack.completeExceptionally(failure);
                            return CompletableFuture.completedFuture(null);
                        });
        emitter.send(message);
        return ack;
    }
}
