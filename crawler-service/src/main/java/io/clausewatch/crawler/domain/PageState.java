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

/** What the last fetch of one URL of a document returned: validators and the archived body. */
@Entity
@Table(name = "page_state")
@IdClass(PageState.Key.class)
public class PageState extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Id public String url;

    public String etag;
    public String lastModified;

    @Column(name = "raw_sha256")
    public String rawSha256;

    public Instant fetchedAt;

    /** Composite key: document and URL. */
    public static class Key implements Serializable {
        public String documentId;
        public String url;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(url, key.url)
                    && Objects.equals(documentId, key.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, url);
        }
    }
}
