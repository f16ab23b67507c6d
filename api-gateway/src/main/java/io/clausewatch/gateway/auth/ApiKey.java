package io.clausewatch.gateway.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored API key: never the key itself, only its digest. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id public String id;

    public String name;

    public String role;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static ApiKey findByDigest(String digest) {
        return find("keyHash", digest).firstResult();
    }
}
