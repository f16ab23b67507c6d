package io.clausewatch.runner.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.events.DocumentTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an archive of dated versions and checks all of it before anything is used: every problem is
 * reported at once, with the file it concerns, and a single problem rejects the archive.
 *
 * <p>Two layouts are understood, per document folder: {@code <service>/<type>/versions/<time>.md}
 * (the corpus layout; {@code snapshots/} beside it are ignored) and {@code
 * <service>/<type>/<date>.md} (the plain dataset layout). Versions are ordered by the {@code
 * position} of {@code manifest.json} when the archive has one, otherwise by the date in the name.
 */
public final class ArchiveReader {

    private static final String URLS_FILE = "urls.json";
    private static final String VERSIONS_DIR = "versions";

    private final Path root;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> problems = new ArrayList<>();

    private ArchiveReader(Path root) {
        this.root = root;
    }

    /**
     * Reads and validates the archive under {@code root}.
     *
     * @throws ArchiveException listing every problem found, when there is any
     */
    public static Archive read(Path root) {
        return new ArchiveReader(root.toAbsolutePath().normalize()).read();
    }

    private Archive read() {
        if (!Files.isDirectory(root)) {
            throw new ArchiveException(List.of(root + ": not a directory"));
        }
        ManifestIndex manifest = ManifestIndex.read(root, json, problems);
        List<ArchiveDocument> documents = new ArrayList<>();
        for (Path service : subdirectories(root)) {
            readService(service, manifest, documents);
        }
        checkManifestFolders(manifest);
        checkUniqueIds(documents);
        if (documents.isEmpty() && problems.isEmpty()) {
            problems.add(
                    root
                            + ": no documents found (expected <service>/<type>/versions/<time>.md"
                            + " or <service>/<type>/<date>.md)");
        }
        if (!problems.isEmpty()) {
            throw new ArchiveException(problems);
        }
        documents.sort(Comparator.comparing(ArchiveDocument::id));
        return new Archive(root, documents);
    }

    private void readService(
            Path service, ManifestIndex manifest, List<ArchiveDocument> documents) {
        String folder = service.getFileName().toString();
        String platform = Slugs.of(folder);
        if (!DocumentIds.isValidSegment(platform)) {
            problems.add(relative(service) + ": folder name gives no valid platform id");
            return;
        }
        JsonNode urls = readUrls(service);
        List<Path> documentDirs = subdirectories(service);
        if (documentDirs.isEmpty()) {
            problems.add(relative(service) + ": no document folders inside");
        }
        for (Path documentDir : documentDirs) {
            readDocument(documentDir, platform, urls, manifest).ifPresent(documents::add);
        }
    }

    private Optional<ArchiveDocument> readDocument(
            Path dir, String platform, JsonNode urls, ManifestIndex manifest) {
        String where = relative(dir);
        String folder = dir.getFileName().toString();
        String type = DocumentTypeNames.typeId(folder);
        if (!DocumentTypeNames.isKnown(type)) {
            problems.add(
                    where
                            + ": \""
                            + folder
                            + "\" is not a document type Clausewatch tracks (one of "
                            + String.join(", ", DocumentTypes.ALL)
                            + ")");
            return Optional.empty();
        }
        Path versionsDir = dir.resolve(VERSIONS_DIR);
        boolean corpusLayout = Files.isDirectory(versionsDir);
        List<Path> files = markdownFiles(corpusLayout ? versionsDir : dir);
        if (files.isEmpty()) {
            problems.add(where + ": no version files (*.md)");
            return Optional.empty();
        }
        Optional<ManifestIndex.DocumentEntry> entry = manifest.document(where);
        List<ArchiveVersion> versions =
                entry.isPresent()
                        ? versionsByManifest(dir, files, entry.get())
                        : versionsByName(files);
        String typeName = typeName(folder, type, urls, entry);
        String platformName =
                entry.map(ManifestIndex.DocumentEntry::serviceName)
                        .orElse(
                                urls.path("service")
                                        .asText(dir.getParent().getFileName().toString()));
        return Optional.of(
                new ArchiveDocument(
                        platform,
                        type,
                        platformName,
                        typeName,
                        addresses(dir, urls, typeName),
                        versions));
    }

    private List<ArchiveVersion> versionsByName(List<Path> files) {
        List<Map.Entry<VersionFileName, Path>> named = new ArrayList<>();
        for (Path file : files) {
            Optional<VersionFileName> name = VersionFileName.parse(file.getFileName().toString());
            if (name.isEmpty()) {
                problems.add(
                        relative(file)
                                + ": name is not a date (YYYY-MM-DD.md) or time"
                                + " (YYYY-MM-DDTHH-MM-SSZ.md)");
                continue;
            }
            named.add(Map.entry(name.get(), file));
        }
        named.sort(Map.Entry.comparingByKey(VersionFileName.ORDER));
        List<ArchiveVersion> versions = new ArrayList<>();
        for (Map.Entry<VersionFileName, Path> version : named) {
            digest(version.getValue())
                    .ifPresent(
                            sha ->
                                    versions.add(
                                            new ArchiveVersion(
                                                    versions.size(),
                                                    version.getKey().capturedAt(),
                                                    version.getValue(),
                                                    false,
                                                    sha)));
        }
        return versions;
    }

    private List<ArchiveVersion> versionsByManifest(
            Path dir, List<Path> files, ManifestIndex.DocumentEntry entry) {
        Set<String> listed = new HashSet<>(entry.versions().keySet());
        List<ArchiveVersion> versions = new ArrayList<>();
        for (Path file : files) {
            String key = dir.relativize(file).toString();
            ManifestIndex.Entry version = entry.versions().get(key);
            listed.remove(key);
            if (version == null) {
                problems.add(relative(file) + ": not listed in " + ManifestIndex.FILE);
                continue;
            }
            Optional<VersionFileName> name = VersionFileName.parse(file.getFileName().toString());
            if (version.recordedAt().isEmpty() && name.isEmpty()) {
                problems.add(relative(file) + ": no date, neither in its name nor in the manifest");
                continue;
            }
            var capturedAt = version.recordedAt().orElseGet(() -> name.get().capturedAt());
            digest(file)
                    .ifPresent(
                            sha ->
                                    versions.add(
                                            new ArchiveVersion(
                                                    version.position(),
                                                    capturedAt,
                                                    file,
                                                    version.noiseOnly(),
                                                    sha)));
        }
        for (String missing : listed) {
            problems.add(
                    relative(dir.resolve(missing))
                            + ": listed in "
                            + ManifestIndex.FILE
                            + " but missing");
        }
        versions.sort(Comparator.comparingInt(ArchiveVersion::position));
        return inDateOrder(versions);
    }

    /**
     * The manifest's order is authoritative, but its dates may run backwards (a re-extraction dated
     * with the snapshot it re-read); such a version is placed just after its predecessor.
     */
    private static List<ArchiveVersion> inDateOrder(List<ArchiveVersion> versions) {
        List<ArchiveVersion> ordered = new ArrayList<>(versions.size());
        for (ArchiveVersion version : versions) {
            ArchiveVersion previous = ordered.isEmpty() ? null : ordered.getLast();
            ordered.add(
                    previous != null && version.capturedAt().isBefore(previous.capturedAt())
                            ? version.after(previous)
                            : version);
        }
        return ordered;
    }

    /** Checks the bytes are non-blank UTF-8 text and returns their SHA-256. */
    private Optional<String> digest(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(relative(file) + ": unreadable (" + e.getMessage() + ")");
            return Optional.empty();
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            problems.add(relative(file) + ": not UTF-8 text");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(relative(file) + ": empty");
            return Optional.empty();
        }
        return Optional.of(sha256(bytes));
    }

    private JsonNode readUrls(Path service) {
        Path file = service.resolve(URLS_FILE);
        if (!Files.exists(file)) {
            return json.createObjectNode();
        }
        try {
            JsonNode tree = json.readTree(file.toFile());
            if (!tree.isObject()) {
                problems.add(relative(file) + ": not a JSON object");
                return json.createObjectNode();
            }
            return tree;
        } catch (IOException e) {
            problems.add(relative(file) + ": not valid JSON");
            return json.createObjectNode();
        }
    }

    private String typeName(
            String folder,
            String type,
            JsonNode urls,
            Optional<ManifestIndex.DocumentEntry> entry) {
        if (entry.isPresent() && !entry.get().typeName().isBlank()) {
            return entry.get().typeName();
        }
        for (var names = urls.path("documents").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (DocumentTypeNames.typeId(name).equals(type)) {
                return name;
            }
        }
        if (!folder.equals(type)) {
            return folder;
        }
        String words = type.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private List<String> addresses(Path dir, JsonNode urls, String typeName) {
        JsonNode node = urls.path("documents").path(typeName);
        List<String> addresses = new ArrayList<>();
        if (node.isTextual()) {
            addresses.add(node.asText());
        } else {
            node.forEach(url -> addresses.add(url.asText()));
        }
        for (String address : addresses) {
            if (!isWebAddress(address)) {
                problems.add(
                        relative(dir.getParent().resolve(URLS_FILE))
                                + ": \""
                                + typeName
                                + "\" has an address that is not http(s): "
                                + address);
            }
        }
        return addresses;
    }

    private void checkManifestFolders(ManifestIndex manifest) {
        for (String dir : manifest.documentDirs()) {
            if (!Files.isDirectory(root.resolve(dir))) {
                problems.add(ManifestIndex.FILE + ": names folder " + dir + ", which is missing");
            }
        }
    }

    private void checkUniqueIds(List<ArchiveDocument> documents) {
        Map<String, Integer> seen = new HashMap<>();
        for (ArchiveDocument document : documents) {
            if (seen.merge(document.id(), 1, Integer::sum) == 2) {
                problems.add(document.id() + ": two folders give this document id");
            }
        }
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString();
    }

    private static List<Path> subdirectories(Path dir) {
        return list(dir).filter(Files::isDirectory).toList();
    }

    private static List<Path> markdownFiles(Path dir) {
        return list(dir)
                .filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().endsWith(".md"))
                .toList();
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
