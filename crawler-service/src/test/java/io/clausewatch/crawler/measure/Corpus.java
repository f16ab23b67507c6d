package io.clausewatch.crawler.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The development corpus of raw pages and recorded version texts ({@code manifest.json}), and which
 * catalog document each of its documents is.
 */
final class Corpus {

    /** Corpus folder → catalog document id. */
    static final Map<String, String> CATALOG_IDS =
            Map.ofEntries(
                    Map.entry("openai-chatgpt/terms-of-service", "openai/terms-of-service"),
                    Map.entry("openai-chatgpt/privacy-policy", "openai/privacy-policy"),
                    Map.entry("openai-chatgpt/commercial-terms", "openai/commercial-terms"),
                    Map.entry("anthropic-claude/privacy-policy", "anthropic/privacy-policy"),
                    Map.entry(
                            "anthropic-claude/data-processor-agreement",
                            "anthropic/data-processing-agreement"),
                    Map.entry(
                            "anthropic-claude/acceptable-use-policy",
                            "anthropic/acceptable-use-policy"),
                    Map.entry("google-gemini/privacy-policy", "google/privacy-policy"),
                    Map.entry("mistral-le-chat/terms-of-service", "mistral/terms-of-service"),
                    Map.entry("mistral-le-chat/privacy-policy", "mistral/privacy-policy"),
                    Map.entry("mistral-le-chat/commercial-terms", "mistral/commercial-terms"),
                    Map.entry("microsoft-copilot/privacy-policy", "microsoft/privacy-policy"),
                    Map.entry("microsoft-copilot/terms-of-service", "microsoft/ai-terms"),
                    Map.entry("meta-llama-api/terms-of-service", "llama/developer-terms"),
                    Map.entry(
                            "meta-llama-api/acceptable-use-policy", "llama/acceptable-use-policy"));

    private final Path root;
    private final JsonNode manifest;

    private Corpus(Path root, JsonNode manifest) {
        this.root = root;
        this.manifest = manifest;
    }

    /** The corpus named by {@code CLAUSEWATCH_CORPUS} (property or environment), if present. */
    static Optional<Corpus> locate() {
        String configured =
                System.getProperty("CLAUSEWATCH_CORPUS", System.getenv("CLAUSEWATCH_CORPUS"));
        List<Path> candidates =
                configured != null
                        ? List.of(Path.of(configured))
                        : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
        for (Path candidate : candidates) {
            Path manifest = candidate.resolve("manifest.json");
            if (Files.isRegularFile(manifest)) {
                try {
                    return Optional.of(
                            new Corpus(candidate, new ObjectMapper().readTree(manifest.toFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    Path root() {
        return root;
    }

    /** Every recorded version that has its raw pages in the corpus. */
    List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (JsonNode document : manifest.get("documents")) {
            String dir = document.get("dir").asText();
            for (JsonNode version : document.get("versions")) {
                JsonNode files = version.get("snapshot_files");
                if (files == null || files.isEmpty()) {
                    continue;
                }
                List<Path> pages = new ArrayList<>();
                files.forEach(f -> pages.add(root.resolve(dir).resolve(f.asText())));
                samples.add(
                        new Sample(
                                dir,
                                root.resolve(dir).resolve(version.get("file").asText()),
                                pages));
            }
        }
        return samples;
    }

    /** Every raw page of the corpus. */
    List<Path> rawPages() {
        return samples().stream().flatMap(s -> s.pages().stream()).distinct().toList();
    }

    /** The page-name suffix the corpus uses for a URL: its path, lower-cased, hyphenated. */
    static String slug(String url) {
        String path = java.net.URI.create(url).getPath();
        return path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** One recorded version text and the raw pages it was extracted from. */
    record Sample(String dir, Path versionFile, List<Path> pages) {}
}
