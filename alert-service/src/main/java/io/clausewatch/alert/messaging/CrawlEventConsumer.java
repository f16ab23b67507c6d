package io.clausewatch.alert.messaging;

import io.clausewatch.alert.domain.MatchableEvent;
import io.clausewatch.alert.service.IncomingEvent;
import io.clausewatch.events.CrawlFailed;
import io.clausewatch.events.CrawlRecovered;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code crawl.failures}: failures and recoveries, told apart by their type. */
@ApplicationScoped
public class CrawlEventConsumer {

    private final EventIntake intake;

    public CrawlEventConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("crawl-failures")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        CloudEventHeaders headers = CloudEventHeaders.of(record);
        String documentId;
        String fallbackId;
        try {
            if (EventTypes.CRAWL_FAILED.equals(headers.type())) {
                CrawlFailed failed = EventJson.read(record.value(), CrawlFailed.class);
                documentId = failed.documentId();
                fallbackId = failed.failedAt() == null ? null : failed.eventId();
            } else if (EventTypes.CRAWL_RECOVERED.equals(headers.type())) {
                CrawlRecovered recovered = EventJson.read(record.value(), CrawlRecovered.class);
                documentId = recovered.documentId();
                fallbackId = recovered.recoveredAt() == null ? null : recovered.eventId();
            } else {
                Log.warnf("crawl event of unknown type skipped type=%s", headers.type());
                return;
            }
        } catch (IllegalArgumentException e) {
            Log.warnf(
                    "malformed crawl event skipped offset=%d reason=%s",
                    record.offset(), e.getMessage());
            return;
        }
        String id = headers.id() != null ? headers.id() : fallbackId;
        if (id == null || !DocumentIds.isValid(documentId)) {
            Log.warnf("crawl event without id or document skipped offset=%d", record.offset());
            return;
        }
        intake.accept(
                List.of(
                        toEvent(
                                headers,
                                id,
                                documentId,
                                record.value(),
                                CloudEventHeaders.publishedAt(record))));
    }

    private static IncomingEvent toEvent(
            CloudEventHeaders headers,
            String id,
            String documentId,
            String json,
            Instant publishedAt) {
        MatchableEvent facts =
                new MatchableEvent(
                        headers.type(),
                        documentId,
                        DocumentIds.platform(documentId),
                        DocumentIds.documentType(documentId),
                        null,
                        null,
                        null);
        return new IncomingEvent(
                id,
                headers.type(),
                headers.source() != null ? headers.source() : EventSources.CRAWLER,
                documentId,
                headers.time(),
                json,
                documentId,
                facts,
                publishedAt);
    }
}
