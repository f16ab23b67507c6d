package io.clausewatch.crawler.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A raw response body, stored once per distinct content and gzip-compressed. */
@Entity
@Table(name = "raw_response")
public class RawResponse extends PanacheEntityBase {

    @Id public String sha256;

    public String contentType;
    public int sizeBytes;

    @Column(name = "body_gzip")
    public byte[] bodyGzip;

    public String firstUrl;
    public Instant firstSeenAt;
}
