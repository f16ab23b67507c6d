package io.clausewatch.runner.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an archive's optional {@code manifest.json} says about each document folder: the display
 * names, and each version file's position and noise hint. Problems are collected, not thrown, so
 * the reader can report every one of them at once.
 */
final class ManifestIndex {

    static final String FILE = "manifest.json";

    /** One version entry, keyed by its file path relative to the document folder. */
    record Entry(int position, Optional<Instant> recordedAt, boolean noiseOnly) {}

    record DocumentEntry(String serviceName, String typeName, Map<String, Entry> versions) {}

    private final Map<String, DocumentEntry> documents;

    private ManifestIndex(Map<String, DocumentEntry> documents) {
        this.documents = documents;
    }

    static ManifestIndex empty() {
        return new ManifestIndex(Map.of());
    }

    static ManifestIndex read(Path root, ObjectMapper json, List<String> problems) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        JsonNode tree;
        try {
            tree = json.readTree(file.toFile());
        } catch (IOException e) {
            problems.add(FILE + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
            return empty();
        }
        Map<String, String> serviceNames = new HashMap<>();
        for (JsonNode service : tree.path("services")) {
            serviceNames.put(service.path("dir").asText(), service.path("service").asText());
        }
        Map<String, DocumentEntry> documents = new HashMap<>();
        JsonNode list = tree.path("documents");
        if (!list.isArray()) {
            problems.add(FILE + ": has no \"documents\" array");
            return empty();
        }
        for (int i = 0; i < list.size(); i++) {
            readDocument(list.get(i), i, serviceNames, documents, problems);
        }
        return new ManifestIndex(documents);
    }

    Optional<DocumentEntry> document(String dir) {
        return Optional.ofNullable(documents.get(dir));
    }

    Iterable<String> documentDirs() {
        return documents.keySet();
    }

    private static void readDocument(
            JsonNode node,
            int index,
            Map<String, String> serviceNames,
            Map<String, DocumentEntry> documents,
            List<String> problems) {
        String dir = node.path("dir").asText("");
        String where = FILE + ": documents[" + index + "]";
        if (dir.isEmpty()) {
            problems.add(where + " has no \"dir\"");
            return;
        }
        String service = dir.contains("/") ? dir.substring(0, dir.indexOf('/')) : dir;
        String serviceName =
                node.path("service").asText(serviceNames.getOrDefault(service, service));
        String typeName = node.path("document_type").asText("");
        Map<String, Entry> versions = new HashMap<>();
        Map<Integer, String> byPosition = new HashMap<>();
        for (JsonNode version : node.path("versions")) {
            String file = version.path("file").asText("");
            if (file.isEmpty() || !version.path("position").canConvertToInt()) {
                problems.add(where + " (" + dir + "): a version lacks \"file\" or \"position\"");
                continue;
            }
            int position = version.path("position").asInt();
            String clash = byPosition.put(position, file);
            if (clash != null) {
                problems.add(
                        dir
                                + ": "
                                + clash
                                + " and "
                                + file
                                + " share position "
                                + position
                                + " in "
                                + FILE);
            }
            versions.put(
                    file,
                    new Entry(
                            position,
                            instant(version.path("recorded_at").asText("")),
                            version.path("heuristic_noise_only").asBoolean(false)));
        }
        documents.put(dir, new DocumentEntry(serviceName, typeName, versions));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
