package io.clausewatch.runner.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the shared development corpus when this checkout sits beside it. */
class CorpusArchiveTest {

    private static final Path CORPUS =
            Path.of(System.getProperty("clausewatch.home", "../.."), "..", "shared", "corpus");

    @Test
    void sharedCorpusIsValidAndKeepsTheManifestOrder() {
        assumeTrue(
                Files.isRegularFile(CORPUS.resolve("manifest.json")),
                "the shared corpus is not at "
                        + CORPUS.toAbsolutePath().normalize()
                        + "; skipping");

        Archive archive = ArchiveReader.read(CORPUS);

        assertThat(archive.documents()).hasSize(22);
        assertThat(archive.versionCount()).isEqualTo(495);
        ArchiveDocument zoom =
                archive.documents().stream()
                        .filter(d -> d.id().equals("zoom/privacy-policy"))
                        .findFirst()
                        .orElseThrow();
        assertThat(zoom.typeName()).isEqualTo("Privacy Policy");
        assertThat(zoom.urls()).containsExactly("https://zoom.us/privacy");
        assertThat(zoom.versions())
                .extracting(ArchiveVersion::position)
                .isSorted()
                .doesNotHaveDuplicates();
        // the corpus README names one commit dated before the commit preceding it
        assertThat(archive.documents())
                .flatExtracting(ArchiveDocument::versions)
                .filteredOn(ArchiveVersion::redated)
                .extracting(v -> v.file().getFileName().toString())
                .containsExactly("2024-03-01T06-47-40Z.md");
        for (ArchiveDocument document : archive.documents()) {
            assertThat(document.versions())
                    .extracting(ArchiveVersion::capturedAt)
                    .as(document.id())
                    .isSorted();
        }
    }
}
