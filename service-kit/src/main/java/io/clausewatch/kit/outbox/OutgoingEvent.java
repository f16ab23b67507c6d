package io.clausewatch.kit.outbox;

import java.time.Instant;

/**
 * An event as a producer describes it: where it goes, how it is keyed, its CloudEvents attributes
 * and its payload record.
 */
public record OutgoingEvent(
        String topic,
        String key,
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        Object payload) {}
