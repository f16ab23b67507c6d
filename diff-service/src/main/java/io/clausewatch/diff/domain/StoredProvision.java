package io.clausewatch.diff.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A provision of one version, under the stable id it keeps across versions. */
@Entity
@Table(name = "provision")
public class StoredProvision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "version_id")
    public long versionId;

    @Column(name = "document_id")
    public String documentId;

    public String platform;

    @Column(name = "version_number")
    public int versionNumber;

    public int ordinal;

    @Column(name = "provision_id")
    public String provisionId;

    public String kind;
    public String path;
    public String text;

    /** Topic ids separated by commas, with a comma at each end so that a LIKE finds whole ids. */
    public String topics;

    public List<String> topicList() {
        return java.util.Arrays.stream(topics.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    public static List<StoredProvision> ofVersion(long versionId) {
        return list("versionId = ?1 order by ordinal", versionId);
    }
}
