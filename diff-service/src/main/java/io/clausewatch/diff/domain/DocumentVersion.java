package io.clausewatch.diff.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One distinct text of a document, numbered from 1, linked to its predecessor by hash. */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "document_id")
    public String documentId;

    public String platform;

    @Column(name = "document_type")
    public String documentType;

    public int number;
    public String text;

    @Column(name = "text_sha256")
    public String textSha256;

    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "source_urls")
    public String sourceUrls;

    public boolean historical;
    public boolean reextraction;

    @Column(name = "rules_version")
    public Integer rulesVersion;

    @Column(name = "stated_updated")
    public LocalDate statedUpdated;

    @Column(name = "stated_effective")
    public LocalDate statedEffective;

    @Column(name = "previous_hash")
    public String previousHash;

    @Column(name = "chain_hash")
    public String chainHash;

    public static Optional<DocumentVersion> latest(String documentId) {
        return find("documentId = ?1 order by number desc", documentId).firstResultOptional();
    }

    public static Optional<DocumentVersion> byNumber(String documentId, int number) {
        return find("documentId = ?1 and number = ?2", documentId, number).firstResultOptional();
    }

    /** The most recent versions, newest first. */
    public static List<DocumentVersion> recent(String documentId, int count) {
        return find("documentId = ?1 order by number desc", documentId).page(0, count).list();
    }

    public static List<DocumentVersion> all(String documentId) {
        return list("documentId = ?1 order by number", documentId);
    }

    /** The version in force at an instant: the last one captured at or before it. */
    public static Optional<DocumentVersion> asOf(String documentId, Instant instant) {
        return find(
                        "documentId = ?1 and capturedAt <= ?2 order by number desc",
                        documentId,
                        instant)
                .firstResultOptional();
    }
}
