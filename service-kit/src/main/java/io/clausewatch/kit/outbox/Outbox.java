package io.clausewatch.kit.outbox;

import io.clausewatch.events.EventJson;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records events to publish. Must be called inside the transaction that makes the announced state
 * change, so the two commit or roll back together. A service that publishes nothing (the gateway)
 * switches the outbox off at build time with {@code clausewatch.outbox.enabled=false}.
 */
@ApplicationScoped
@IfBuildProperty(name = "clausewatch.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private final Event<OutboxWritten> written;

    public Outbox(Event<OutboxWritten> written) {
        this.written = written;
    }

    /** Stores an event; the relay publishes it once the current transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutgoingEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = event.topic();
        row.recordKey = event.key();
        row.eventType = event.type();
        row.source = event.source();
        row.subject = event.subject();
        row.occurredAt = event.time() == null ? Instant.now() : event.time();
        row.payload = EventJson.write(event.payload());
        row.persist();

        written.fire(new OutboxWritten(row.id));
    }
}
