package io.clausewatch.runner.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small archives for tests. */
public final class ArchiveFiles {

    private final Path root;

    public ArchiveFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public ArchiveFiles write(String path, String text) {
        return write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public ArchiveFiles write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A manifest entry for one version, as the corpus writes it. */
    public static String version(String file, int position, boolean noise) {
        return """
                {"file": "%s", "position": %d, "heuristic_noise_only": %s}"""
                .formatted(file, position, noise);
    }

    public static String manifestDocument(String dir, String type, String... versions) {
        return """
                {"service": "Example", "dir": "%s", "document_type": "%s", "versions": [%s]}"""
                .formatted(dir, type, String.join(", ", versions));
    }

    public ArchiveFiles manifest(String... documents) {
        return write(
                "manifest.json",
                "{\"services\": [], \"documents\": [" + String.join(", ", documents) + "]}");
    }
}
