package io.clausewatch.alert.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A webhook endpoint and what it wants. {@code filters} holds the {@link Filters} as JSON; the
 * previous secret keeps signing until {@code previousSecretUntil} after a rotation.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id public String id;

    public String owner;

    public String url;

    public String description;

    public String filters;

    public String state;

    @Column(name = "disabled_reason")
    public String disabledReason;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Override
    public String toString() {
        // never the secrets
        return "Subscription[id=" + id + ", state=" + state + "]";
    }
}
