package io.clausewatch.diff.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The development corpus: document histories with their versions in manifest order. Found at the
 * path named by {@code CLAUSEWATCH_CORPUS} (system property or environment), else at {@code
 * ../shared/corpus} relative to the repository root.
 */
record Corpus(Path root, List<History> histories) {

    /** One version file and what the manifest says about it. */
    record Version(Path file, int position, boolean noiseOnly, String origin) {

        String text() {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
    }

    record History(String dir, List<Version> versions) {}

    static Path locate() {
        String configured =
                System.getProperty("CLAUSEWATCH_CORPUS", System.getenv("CLAUSEWATCH_CORPUS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        Path repoRoot = Files.exists(here.resolve("mvnw")) ? here : here.getParent();
        return repoRoot.resolve("../shared/corpus").normalize();
    }

    static Corpus load(Path root) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(root.resolve("manifest.json").toFile());
        List<History> histories = new ArrayList<>();
        for (JsonNode document : manifest.get("documents")) {
            String dir = document.get("dir").asText();
            List<Version> versions = new ArrayList<>();
            for (JsonNode v : document.get("versions")) {
                versions.add(
                        new Version(
                                root.resolve(dir).resolve(v.get("file").asText()),
                                v.get("position").asInt(),
                                v.path("heuristic_noise_only").asBoolean(false),
                                v.path("change_origin").asText("")));
            }
            versions.sort(Comparator.comparingInt(Version::position));
            histories.add(new History(dir, versions));
        }
        return new Corpus(root, histories);
    }
}
