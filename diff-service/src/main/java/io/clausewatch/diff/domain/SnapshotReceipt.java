package io.clausewatch.diff.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a snapshot (document, text hash, capture time) was handled, and what came of it. */
@Entity
@Table(name = "snapshot_receipt")
public class SnapshotReceipt extends PanacheEntityBase {

    @EmbeddedId public Key key;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String outcome;
    public Integer version;

    /** What makes a snapshot unique. */
    @Embeddable
    public record Key(
            @Column(name = "document_id") String documentId,
            @Column(name = "text_sha256") String textSha256,
            @Column(name = "captured_at") Instant capturedAt)
            implements Serializable {}
}
