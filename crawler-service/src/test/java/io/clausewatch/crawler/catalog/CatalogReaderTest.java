package io.clausewatch.crawler.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReaderTest {

    private final CatalogReader reader = new CatalogReader();

    @Test
    void builtInCatalogIsValidAndCoversTheWatchedPlatforms() {
        CatalogLoad load = reader.read(true, null);

        assertThat(load.problems()).isEmpty();
        assertThat(load.platformNames()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(load.documents()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(load.documents().stream().map(DocumentSpec::id))
                .contains(
                        "zoom/ai-terms",
                        "deepl/terms-of-service",
                        "meta/privacy-policy",
                        "instagram/terms-of-service",
                        "whatsapp/privacy-policy",
                        "tiktok/terms-of-service",
                        "supabase/terms-of-service",
                        "openai/terms-of-service",
                        "anthropic/privacy-policy",
                        "google/ai-terms",
                        "microsoft/ai-terms",
                        "mistral/terms-of-service",
                        "slack/terms-of-service",
                        "linkedin/privacy-policy",
                        "amazon/privacy-policy",
                        "apple/privacy-policy",
                        "discord/terms-of-service",
                        "github/terms-of-service",
                        "notion/terms-of-service",
                        "dropbox/terms-of-service",
                        "pinterest/terms-of-service",
                        "youtube/terms-of-service");
        assertThat(load.documents().stream().filter(d -> d.checked() != null)).isNotEmpty();
    }

    @Test
    void indexListsEveryBuiltInFile() throws IOException {
        Path dir = Path.of("src/main/resources/catalog");
        List<String> index =
                Files.readAllLines(dir.resolve("index.txt")).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .toList();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(index);
        }
    }

    @Test
    void entryWrittenAsTheEndToEndTestWritesItLoads(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("fixture.yaml"),
                """
                platform: fixture
                name: Fixture Platform
                documents:
                  - type: terms-of-service
                    name: Fixture Terms
                    urls: ["http://127.0.0.1:8999/terms"]
                    select: ["main"]
                    remove: [".cookie-banner"]
                    interval: PT1H
                """);

        CatalogLoad load = reader.read(false, dir);

        assertThat(load.problems()).isEmpty();
        DocumentSpec spec = load.documents().getFirst();
        assertThat(spec.id()).isEqualTo("fixture/terms-of-service");
        assertThat(spec.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(spec.remove()).containsExactly(".cookie-banner");
        assertThat(load.platformNames()).containsEntry("fixture", "Fixture Platform");
    }

    @Test
    void brokenFilesAreNamedWithTheirFieldAndTheRestStillLoads(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("a-good.yaml"),
                """
                platform: good
                documents:
                  - type: privacy-policy
                    name: Good Privacy
                    urls: ["https://good.example/privacy"]
                  - type: terms-of-service
                    name: Bad Terms
                    urls: ["notaurl"]
                    select: ["div[["]
                    interval: forever
                """);
        Files.writeString(dir.resolve("b-syntax.yaml"), "platform: [unclosed\n");
        Files.writeString(
                dir.resolve("c-unknown.yaml"), "platform: other\nsurprise: 1\ndocuments: []\n");

        CatalogLoad load = reader.read(false, dir);

        assertThat(load.documents())
                .extracting(DocumentSpec::id)
                .containsExactly("good/privacy-policy");
        assertThat(load.problems())
                .anySatisfy(p -> assertThat(p).contains("a-good.yaml: documents[1].urls[0]"))
                .anySatisfy(p -> assertThat(p).contains("a-good.yaml: documents[1].select[0]"))
                .anySatisfy(p -> assertThat(p).contains("a-good.yaml: documents[1].interval"))
                .anySatisfy(p -> assertThat(p).contains("b-syntax.yaml").contains("line"))
                .anySatisfy(
                        p -> assertThat(p).contains("c-unknown.yaml: unknown field 'surprise'"));
    }
}
