package io.clausewatch.diff.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The change that produced a version, with the event summary and the full detail as JSON. */
@Entity
@Table(name = "document_change")
public class DocumentChange extends PanacheEntityBase {

    @Id
    @Column(name = "change_id")
    public String changeId;

    @Column(name = "document_id")
    public String documentId;

    public String platform;

    @Column(name = "document_type")
    public String documentType;

    @Column(name = "from_version")
    public int fromVersion;

    @Column(name = "to_version")
    public int toVersion;

    @Column(name = "captured_at")
    public Instant capturedAt;

    public String significance;

    @Column(name = "significance_rank")
    public short significanceRank;

    public boolean historical;
    public boolean flapping;
    public String summary;
    public String detail;

    @Column(name = "previous_captured_at")
    public Instant previousCapturedAt;
}
