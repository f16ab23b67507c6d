package io.clausewatch.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the system holds about the fault suite's documents, read from the outside: versions and
 * changes recorded, webhooks received, deliveries still open, consumer lag and the hash chains.
 */
final class Ledger {

    static final List<String> GROUPS = List.of("crawler-service", "diff-service", "alert-service");

    private final ReliabilityStack stack;
    private final String path;

    /** The ledger of the deliveries that reach the receiver at {@code path}. */
    Ledger(ReliabilityStack stack, String path) {
        this.stack = stack;
        this.path = path;
    }

    private List<Receiver.Request> requests() {
        return stack.receiver.requests().stream().filter(r -> path.equals(r.path())).toList();
    }

    /** The change versions diff-service lists for a document, repeats included. */
    List<Integer> recordedVersions(String documentId) {
        Http.Answer answer =
                Http.get(stack.diff() + "/changes?limit=200&document=" + documentId, null);
        if (answer.status() != 200) {
            throw new IllegalStateException("changes of " + documentId + ": " + answer.body());
        }
        List<Integer> versions = new ArrayList<>();
        answer.json().get("items").forEach(item -> versions.add(item.get("toVersion").asInt()));
        return versions;
    }

    /** Accepted webhooks of document changes of the suite's platform, by document and version. */
    Map<String, List<Receiver.Request>> acceptedChanges() {
        Map<String, List<Receiver.Request>> byVersion = new HashMap<>();
        for (Receiver.Request request : requests()) {
            if (!request.accepted()) {
                continue;
            }
            JsonNode event = Http.parse(request.body());
            String document = event.at("/data/documentId").asText();
            if (!event.path("type").asText().equals("clausewatch.document.changed")
                    || !document.startsWith(stack.platform + "/")) {
                continue;
            }
            String key = document + "@" + event.at("/data/toVersion").asInt();
            byVersion.computeIfAbsent(key, k -> new ArrayList<>()).add(request);
        }
        return byVersion;
    }

    /** Ids of (document, version) pairs announced under more than one webhook id. */
    Set<String> announcedUnderSeveralIds() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (Receiver.Request request : requests()) {
            JsonNode event = Http.parse(request.body());
            if (!event.path("type").asText().equals("clausewatch.document.changed")) {
                continue;
            }
            String key = event.at("/data/documentId").asText() + "@" + event.at("/data/toVersion");
            ids.computeIfAbsent(key, k -> new HashSet<>()).add(request.webhookId());
        }
        Set<String> several = new HashSet<>();
        ids.forEach(
                (key, set) -> {
                    if (set.size() > 1) {
                        several.add(key + " " + set);
                    }
                });
        return several;
    }

    /** Deliveries of the subscription not (yet) succeeded: queued, pending, failed or cancelled. */
    List<String> openDeliveries(String subscriptionId) {
        Http.Answer answer =
                Http.get(
                        stack.gateway()
                                + "/api/v1/subscriptions/"
                                + subscriptionId
                                + "/deliveries?limit=200",
                        stack.adminKey);
        if (answer.status() != 200) {
            throw new IllegalStateException("deliveries: " + answer.status() + " " + answer.body());
        }
        List<String> open = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            String status = item.path("status").asText();
            if (!status.equals("succeeded")) {
                open.add(item.path("id").asText() + "=" + status);
            }
        }
        return open;
    }

    /** Records behind the committed offsets, summed over the consumer groups of the services. */
    long consumerLag() throws Exception {
        long lag = 0;
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.bootstrapServers(),
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                5000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                                10000))) {
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata()
                                .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    long position = entry.getValue() == null ? 0 : entry.getValue().offset();
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - position);
                }
            }
        }
        return lag;
    }

    /**
     * Recomputes the hash chain of a document's stored versions; answers the problems found (none
     * when every link holds).
     */
    List<String> chainProblems(String documentId) throws SQLException {
        List<String> problems = new ArrayList<>();
        var postgres = stack.postgres();
        try (Connection connection =
                        DriverManager.getConnection(
                                postgres.jdbcUrl(), postgres.username(), postgres.password());
                PreparedStatement query =
                        connection.prepareStatement(
                                "select number, text, text_sha256, captured_at, previous_hash,"
                                        + " chain_hash from diff.document_version"
                                        + " where document_id = ? order by number")) {
            query.setString(1, documentId);
            String previous = "0".repeat(64);
            int expectedNumber = 1;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt("number");
                    String textHash = sha256(rows.getString("text"));
                    if (number != expectedNumber++) {
                        problems.add(documentId + " has version " + number + " out of sequence");
                    }
                    if (!textHash.equals(rows.getString("text_sha256"))) {
                        problems.add(documentId + " v" + number + ": text hash differs");
                    }
                    if (!previous.equals(rows.getString("previous_hash"))) {
                        problems.add(documentId + " v" + number + ": previous link differs");
                    }
                    String captured =
                            rows.getObject("captured_at", OffsetDateTime.class)
                                    .toInstant()
                                    .toString();
                    String link =
                            sha256(
                                    String.join(
                                            "\n",
                                            previous,
                                            documentId,
                                            Integer.toString(number),
                                            captured,
                                            textHash));
                    if (!link.equals(rows.getString("chain_hash"))) {
                        problems.add(documentId + " v" + number + ": chain hash does not verify");
                    }
                    previous = rows.getString("chain_hash");
                }
            }
        }
        return problems;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            text.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
