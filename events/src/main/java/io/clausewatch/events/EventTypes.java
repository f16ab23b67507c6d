package io.clausewatch.events;

/** CloudEvents {@code type} attribute values, one per payload record. */
public final class EventTypes {

    public static final String CRAWL_REQUESTED = "clausewatch.crawl.requested";
    public static final String SNAPSHOT_CAPTURED = "clausewatch.snapshot.captured";
    public static final String CRAWL_FAILED = "clausewatch.crawl.failed";
    public static final String CRAWL_RECOVERED = "clausewatch.crawl.recovered";
    public static final String DOCUMENT_CHANGED = "clausewatch.document.changed";
    public static final String DELIVERY_EXHAUSTED = "clausewatch.delivery.exhausted";

    /** Sent only to one subscription when its owner asks for a test delivery. */
    public static final String WEBHOOK_TEST = "clausewatch.webhook.test";

    private EventTypes() {}
}
