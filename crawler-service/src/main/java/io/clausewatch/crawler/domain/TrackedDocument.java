package io.clausewatch.crawler.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A watched document ({@code platform/type}) with its schedule and health. Its extraction rules
 * live in {@link RulesVersion}, one row per version.
 */
@Entity
@Table(name = "document")
public class TrackedDocument extends PanacheEntityBase {

    /** Where a document was declared: in a catalog file, or through the API. */
    public static final String ORIGIN_CATALOG = "catalog";

    public static final String ORIGIN_API = "api";

    @Id public String id;

    @Column(name = "platform_id")
    public String platformId;

    @Column(name = "doc_type")
    public String type;

    public String name;
    public String language;
    public String region;

    @Column(name = "check_interval_s")
    public long checkIntervalSeconds;

    public boolean enabled;
    public String origin;

    /** Hash of the catalog entry last applied, so an unchanged file leaves API edits alone. */
    public String catalogHash;

    public int rulesVersion;
    public Instant nextCheckAt;
    public Instant lastCheckedAt;
    public Instant lastSuccessAt;
    public Instant lastFailureAt;
    public String lastFailureClass;
    public String lastFailureDetail;
    public int consecutiveFailures;
    public Instant failingSince;

    /** Hash of the text last published; a new snapshot is published only when it differs. */
    @Column(name = "last_text_sha256")
    public String lastTextSha256;

    /** Rules version that produced the last published text. */
    public Integer lastRulesVersion;

    public Instant createdAt;

    public Duration checkInterval() {
        return Duration.ofSeconds(checkIntervalSeconds);
    }
}
