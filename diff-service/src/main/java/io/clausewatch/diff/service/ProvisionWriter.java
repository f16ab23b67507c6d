package io.clausewatch.diff.service;

import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.Provision;
import io.clausewatch.diff.domain.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes the provisions of a version and the terms of a change with JDBC batches: a long document
 * has thousands of provisions, which row-by-row inserts would make slow.
 */
@ApplicationScoped
public class ProvisionWriter {

    private static final int BATCH = 500;

    private final EntityManager entityManager;

    public ProvisionWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void write(DocumentVersion version, Analysis analysis) {
        String sql =
                "insert into provision (version_id, document_id, platform, version_number, ordinal,"
                        + " provision_id, kind, path, text, topics) values (?,?,?,?,?,?,?,?,?,?)";
        entityManager
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                                List<Provision> provisions = analysis.provisions();
                                for (int i = 0; i < provisions.size(); i++) {
                                    Provision provision = provisions.get(i);
                                    insert.setLong(1, version.id);
                                    insert.setString(2, version.documentId);
                                    insert.setString(3, version.platform);
                                    insert.setInt(4, version.number);
                                    insert.setInt(5, provision.ordinal());
                                    insert.setString(6, analysis.provisionIds().get(i));
                                    insert.setString(7, provision.kind());
                                    insert.setString(8, provision.path());
                                    insert.setString(9, provision.text());
                                    insert.setString(
                                            10,
                                            ","
                                                    + String.join(
                                                            ",", analysis.provisionTopics().get(i))
                                                    + ",");
                                    insert.addBatch();
                                    if (i % BATCH == BATCH - 1) {
                                        insert.executeBatch();
                                    }
                                }
                                insert.executeBatch();
                            }
                        });
    }

    public void writeChangeTerms(String changeId, List<String> topics, List<String> regulations) {
        entityManager
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            insertAll(
                                    connection,
                                    "insert into change_topic (change_id, topic) values (?,?)",
                                    changeId,
                                    topics);
                            insertAll(
                                    connection,
                                    "insert into change_regulation (change_id, regulation) values (?,?)",
                                    changeId,
                                    regulations);
                        });
    }

    private static void insertAll(
            java.sql.Connection connection, String sql, String changeId, List<String> values)
            throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String value : values) {
                insert.setString(1, changeId);
                insert.setString(2, value);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
