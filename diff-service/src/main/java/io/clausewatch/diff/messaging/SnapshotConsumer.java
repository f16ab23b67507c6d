package io.clausewatch.diff.messaging;

import io.clausewatch.diff.service.IncomingText;
import io.clausewatch.diff.service.RecordOutcome;
import io.clausewatch.diff.service.VersionRecorder;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.SnapshotCaptured;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns {@code crawl.snapshots} into versions. A malformed event is logged and skipped, since no
 * retry can repair it; a failure to record (the database is away) is retried with back-off and, if
 * it persists, fails the channel so that the offset is not committed and the event is read again
 * after a restart.
 */
@ApplicationScoped
public class SnapshotConsumer {

    private final VersionRecorder recorder;
    private final int attempts;
    private final Duration backoff;

    public SnapshotConsumer(
            VersionRecorder recorder,
            @ConfigProperty(name = "clausewatch.diff.record-attempts", defaultValue = "8")
                    int attempts,
            @ConfigProperty(name = "clausewatch.diff.record-backoff", defaultValue = "PT0.5S")
                    Duration backoff) {
        this.recorder = recorder;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    @Incoming("snapshots")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (type != null && !EventTypes.SNAPSHOT_CAPTURED.equals(type)) {
            Log.debugf("ignored event type=%s offset=%d", type, record.offset());
            return;
        }
        IncomingText incoming = parse(record);
        if (incoming != null) {
            recordWithRetry(incoming);
        }
    }

    private IncomingText parse(ConsumerRecord<String, String> record) {
        try {
            SnapshotCaptured snapshot = EventJson.read(record.value(), SnapshotCaptured.class);
            validate(snapshot);
            return new IncomingText(
                    snapshot.documentId(),
                    snapshot.platform(),
                    snapshot.documentType(),
                    snapshot.capturedAt(),
                    snapshot.sourceUrls(),
                    snapshot.text(),
                    snapshot.rulesVersion(),
                    snapshot.reextraction(),
                    snapshot.reextraction());
        } catch (IllegalArgumentException | NullPointerException e) {
            Log.warnf(
                    "malformed snapshot skipped partition=%d offset=%d reason=%s",
                    record.partition(), record.offset(), e.getMessage());
            return null;
        }
    }

    private static void validate(SnapshotCaptured snapshot) {
        if (!DocumentIds.isValid(snapshot.documentId())) {
            throw new IllegalArgumentException("invalid documentId " + snapshot.documentId());
        }
        if (snapshot.capturedAt() == null || snapshot.text() == null) {
            throw new IllegalArgumentException("capturedAt and text are required");
        }
        if (!snapshot.documentId().equals(snapshot.platform() + "/" + snapshot.documentType())) {
            throw new IllegalArgumentException(
                    "documentId does not match platform and documentType");
        }
    }

    private void recordWithRetry(IncomingText incoming) {
        for (int attempt = 1; ; attempt++) {
            try {
                RecordOutcome outcome = recorder.record(incoming);
                Log.debugf(
                        "snapshot handled document=%s outcome=%s",
                        incoming.documentId(), outcome.status());
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    Log.errorf(
                            e,
                            "snapshot could not be recorded document=%s attempts=%d",
                            incoming.documentId(),
                            attempt);
                    throw e;
                }
                Log.warnf(
                        "snapshot recording failed, retrying document=%s attempt=%d reason=%s",
                        incoming.documentId(), attempt, e.getMessage());
                pause(backoff.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
