package io.clausewatch.events;

import java.util.List;

/** Kafka topics of Clausewatch, with the record key each one is partitioned by. */
public final class Topics {

    /** Fetch orders from the scheduler to the fetchers; keyed by host. */
    public static final String CRAWL_REQUESTS = "crawl.requests";

    /** Canonical text of a document whose text changed; keyed by document id. */
    public static final String CRAWL_SNAPSHOTS = "crawl.snapshots";

    /** Crawl failures and recoveries; keyed by document id. */
    public static final String CRAWL_FAILURES = "crawl.failures";

    /** One event per new version of a document; keyed by document id. */
    public static final String DOCUMENT_CHANGES = "documents.changes";

    /** Deliveries that exhausted their retries; keyed by subscription id. */
    public static final String DEAD_LETTER = "alerts.dead-letter";

    /**
     * Every topic with the partition count a single-node installation creates. Kubernetes
     * installations declare their own counts as KafkaTopic resources.
     */
    public static final List<TopicSpec> ALL =
            List.of(
                    new TopicSpec(CRAWL_REQUESTS, 6),
                    new TopicSpec(CRAWL_SNAPSHOTS, 6),
                    new TopicSpec(CRAWL_FAILURES, 3),
                    new TopicSpec(DOCUMENT_CHANGES, 6),
                    new TopicSpec(DEAD_LETTER, 1));

    private Topics() {}

    /** A topic name and how many partitions it gets. */
    public record TopicSpec(String name, int partitions) {}
}
