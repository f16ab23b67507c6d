package io.clausewatch.crawler.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot the crawler published: which text, from which raw pages, under which rules. */
@Entity
@Table(name = "snapshot")
public class Snapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String documentId;
    public Instant capturedAt;

    @Column(name = "text_sha256")
    public String textSha256;

    /** JSON array of the raw bodies' SHA-256, in URL order. */
    @Column(name = "raw_sha256")
    public String rawSha256;

    public int rulesVersion;
    public boolean reextraction;
    public String eventId;
}
