package io.clausewatch.crawler.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An online service whose documents are watched, such as {@code zoom}. */
@Entity
@Table(name = "platform")
public class Platform extends PanacheEntityBase {

    @Id public String id;

    public String name;

    public Instant updatedAt;
}
