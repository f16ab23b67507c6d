package io.clausewatch.crawler.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a document's extraction rules (URLs, selectors to keep and to remove) with the
 * period it was in force. Lists are stored as JSON arrays.
 */
@Entity
@Table(name = "extraction_rules")
@IdClass(RulesVersion.Key.class)
public class RulesVersion extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Id public int version;

    public String urls;

    @Column(name = "select_css")
    public String selectCss;

    @Column(name = "remove_css")
    public String removeCss;

    public String checkedNote;
    public Instant validFrom;
    public Instant validTo;

    public static RulesVersion current(String documentId) {
        return find("documentId = ?1 and validTo is null", documentId).firstResult();
    }

    /** The rules in force at an instant, for re-extracting an archived page. */
    public static RulesVersion at(String documentId, Instant instant) {
        return find(
                        "documentId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)"
                                + " order by version desc",
                        documentId,
                        instant)
                .firstResult();
    }

    /** Composite key: document and version number. */
    public static class Key implements Serializable {
        public String documentId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && version == key.version
                    && Objects.equals(documentId, key.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, version);
        }
    }
}
