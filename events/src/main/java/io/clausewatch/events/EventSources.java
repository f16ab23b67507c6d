package io.clausewatch.events;

/** CloudEvents {@code source} attribute values: the service that produced an event. */
public final class EventSources {

    public static final String CRAWLER = "urn:clausewatch:crawler-service";
    public static final String DIFF = "urn:clausewatch:diff-service";
    public static final String ALERT = "urn:clausewatch:alert-service";

    private EventSources() {}
}
