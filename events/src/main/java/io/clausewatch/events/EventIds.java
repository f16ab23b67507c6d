package io.clausewatch.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids. The same facts always give the same id, so an event published twice (an
 * outbox relayed again after a crash, a replayed topic) is recognised by every consumer.
 */
public final class EventIds {

    private static final String SEPARATOR = "\u001f";

    private EventIds() {}

    /** A name-based UUID over the event type and the facts that identify the event. */
    public static String of(String type, String... facts) {
        String name = type + SEPARATOR + String.join(SEPARATOR, facts);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
