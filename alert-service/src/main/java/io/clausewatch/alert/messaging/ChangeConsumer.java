package io.clausewatch.alert.messaging;

import io.clausewatch.alert.domain.MatchableEvent;
import io.clausewatch.alert.domain.Significance;
import io.clausewatch.alert.service.IncomingEvent;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code documents.changes}. Historical changes (imports, re-extractions) and flapping
 * ones (a text returning to one of its recent versions) are recorded by diff-service but not
 * announced to subscribers as news.
 */
@ApplicationScoped
public class ChangeConsumer {

    private final EventIntake intake;

    public ChangeConsumer(EventIntake intake) {
        this.intake = intake;
    }

    /** Takes what one poll returned, so a burst of changes is recorded in few transactions. */
    @Incoming("changes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = read(record);
            if (event != null) {
                events.add(event);
            }
        }
        intake.accept(events);
    }

    private static IncomingEvent read(ConsumerRecord<String, String> record) {
        DocumentChanged change;
        try {
            change = EventJson.read(record.value(), DocumentChanged.class);
        } catch (IllegalArgumentException e) {
            Log.warnf(
                    "malformed change skipped offset=%d partition=%d reason=%s",
                    record.offset(), record.partition(), e.getMessage());
            return null;
        }
        if (change.historical() || change.flapping() || change.documentId() == null) {
            return null;
        }
        return toEvent(
                CloudEventHeaders.of(record),
                change,
                record.value(),
                CloudEventHeaders.publishedAt(record));
    }

    private static IncomingEvent toEvent(
            CloudEventHeaders headers, DocumentChanged change, String json, Instant publishedAt) {
        String id = headers.id() != null ? headers.id() : change.changeId();
        List<String> topics = change.summary() == null ? List.of() : change.summary().topics();
        List<String> regulations =
                change.summary() == null ? List.of() : change.summary().regulations();
        MatchableEvent facts =
                new MatchableEvent(
                        EventTypes.DOCUMENT_CHANGED,
                        change.documentId(),
                        change.platform(),
                        change.documentType(),
                        Significance.parse(change.significance()),
                        topics,
                        regulations);
        return new IncomingEvent(
                id,
                EventTypes.DOCUMENT_CHANGED,
                headers.source() != null ? headers.source() : EventSources.DIFF,
                change.documentId(),
                headers.time(),
                json,
                change.documentId(),
                facts,
                publishedAt);
    }
}
