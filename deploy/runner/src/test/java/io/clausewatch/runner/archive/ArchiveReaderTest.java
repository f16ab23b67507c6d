package io.clausewatch.runner.archive;

import static io.clausewatch.runner.archive.ArchiveFiles.manifestDocument;
import static io.clausewatch.runner.archive.ArchiveFiles.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

    @TempDir Path dir;

    @Test
    void corpusLayoutIsOrderedByManifestPositionNotByName() {
        ArchiveFiles files =
                new ArchiveFiles(dir)
                        .write("zoom/privacy-policy/versions/2024-01-02T10-00-00Z.md", "# B\n")
                        .write("zoom/privacy-policy/versions/2024-01-01T10-00-00Z.md", "# A\n")
                        .write("zoom/privacy-policy/snapshots/2024-01-01T10-00-00Z.html", "<p>")
                        .write(
                                "zoom/urls.json",
                                """
                                {"service": "Zoom", "documents": {"Privacy Policy": "https://zoom.us/privacy"}}
                                """)
                        .manifest(
                                manifestDocument(
                                        "zoom/privacy-policy",
                                        "Privacy Policy",
                                        version("versions/2024-01-02T10-00-00Z.md", 0, false),
                                        version("versions/2024-01-01T10-00-00Z.md", 1, true)));

        Archive archive = ArchiveReader.read(files.root());

        assertThat(archive.documents()).hasSize(1);
        ArchiveDocument document = archive.documents().getFirst();
        assertThat(document.id()).isEqualTo("zoom/privacy-policy");
        assertThat(document.typeName()).isEqualTo("Privacy Policy");
        assertThat(document.urls()).containsExactly("https://zoom.us/privacy");
        assertThat(document.versions())
                .extracting(v -> v.text().strip())
                .containsExactly("# B", "# A");
        assertThat(document.versions())
                .extracting(ArchiveVersion::noiseOnly)
                .containsExactly(false, true);
        assertThat(document.versions().getFirst().capturedAt())
                .isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(document.versions().getFirst().redated()).isFalse();
        // the manifest dates its second version before its first: history keeps the manifest's
        // order, one second after the first version, and the archive's own date is kept beside it
        ArchiveVersion second = document.versions().get(1);
        assertThat(second.redated()).isTrue();
        assertThat(second.capturedAt()).isEqualTo(Instant.parse("2024-01-02T10:00:01Z"));
        assertThat(second.statedAt()).isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
    }

    @Test
    void withoutManifestVersionsFollowTheirTimesAndSuffixes() {
        new ArchiveFiles(dir)
                .write("tiktok/terms-of-service/versions/2024-01-01T10-00-00Z_2.md", "second")
                .write("tiktok/terms-of-service/versions/2024-01-01T10-00-00Z.md", "first")
                .write("tiktok/terms-of-service/versions/2023-12-31T23-59-59Z.md", "zeroth");

        ArchiveDocument document = ArchiveReader.read(dir).documents().getFirst();

        assertThat(document.versions())
                .extracting(ArchiveVersion::text)
                .containsExactly("zeroth", "first", "second");
        assertThat(document.versions())
                .extracting(ArchiveVersion::position)
                .containsExactly(0, 1, 2);
    }

    @Test
    void plainLayoutMapsFolderNamesToIds() {
        new ArchiveFiles(dir)
                .write("Le Chat (Mistral)/Terms of Service/2024-03-01.md", "v2")
                .write("Le Chat (Mistral)/Terms of Service/2024-02-01.md", "v1");

        ArchiveDocument document = ArchiveReader.read(dir).documents().getFirst();

        assertThat(document.id()).isEqualTo("le-chat-mistral/terms-of-service");
        assertThat(document.typeName()).isEqualTo("Terms of Service");
        assertThat(document.urls()).isEmpty();
        assertThat(document.versions())
                .extracting(ArchiveVersion::capturedAt)
                .containsExactly(
                        Instant.parse("2024-02-01T00:00:00Z"),
                        Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsFile() {
        new ArchiveFiles(dir)
                .write("acme/terms-of-service/versions/2024-01-01T10-00-00Z.md", "fine")
                .write("acme/terms-of-service/versions/yesterday.md", "bad name")
                .write("acme/terms-of-service/versions/2024-01-02T10-00-00Z.md", "  \n")
                .write("acme/privacy-policy/2024-01-01.md", new byte[] {(byte) 0xC3, (byte) 0x28})
                .write("acme/urls.json", "{not json");

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .isInstanceOf(ArchiveException.class)
                .satisfies(
                        e ->
                                assertThat(((ArchiveException) e).problems())
                                        .containsExactlyInAnyOrder(
                                                "acme/terms-of-service/versions/yesterday.md: name is not a"
                                                        + " date (YYYY-MM-DD.md) or time"
                                                        + " (YYYY-MM-DDTHH-MM-SSZ.md)",
                                                "acme/terms-of-service/versions/2024-01-02T10-00-00Z.md: empty",
                                                "acme/privacy-policy/2024-01-01.md: not UTF-8 text",
                                                "acme/urls.json: not valid JSON"));
    }

    @Test
    void manifestDisagreeingWithTheFilesIsRejected() {
        new ArchiveFiles(dir)
                .write("acme/terms-of-service/versions/2024-01-01T10-00-00Z.md", "one")
                .write("acme/terms-of-service/versions/2024-01-03T10-00-00Z.md", "unlisted")
                .manifest(
                        manifestDocument(
                                "acme/terms-of-service",
                                "Terms",
                                version("versions/2024-01-01T10-00-00Z.md", 0, false),
                                version("versions/2024-01-02T10-00-00Z.md", 0, false)),
                        manifestDocument("acme/gone", "Gone"));

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .isInstanceOfSatisfying(
                        ArchiveException.class,
                        e ->
                                assertThat(e.problems())
                                        .containsExactlyInAnyOrder(
                                                "acme/terms-of-service: versions/2024-01-01T10-00-00Z.md and"
                                                        + " versions/2024-01-02T10-00-00Z.md share"
                                                        + " position 0 in manifest.json",
                                                "acme/terms-of-service/versions/2024-01-03T10-00-00Z.md: not"
                                                        + " listed in manifest.json",
                                                "acme/terms-of-service/versions/2024-01-02T10-00-00Z.md:"
                                                        + " listed in manifest.json but missing",
                                                "manifest.json: names folder acme/gone, which is"
                                                        + " missing"));
    }

    @Test
    void brokenManifestIsNamed() {
        new ArchiveFiles(dir)
                .write("acme/terms-of-service/versions/2024-01-01T10-00-00Z.md", "one")
                .write("manifest.json", "[1, 2");

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .hasMessageContaining("manifest.json: not valid JSON");
    }

    @Test
    void emptyOrMissingArchiveIsAnError() {
        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .hasMessageContaining("no documents found");
        assertThatThrownBy(() -> ArchiveReader.read(dir.resolve("absent")))
                .hasMessageContaining("not a directory");
    }

    @Test
    void twoFoldersGivingOneIdAreRejected() {
        new ArchiveFiles(dir)
                .write("acme/Terms of Service/2024-01-01.md", "one")
                .write("acme/terms-of-service/2024-01-01.md", "two");

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .hasMessageContaining("acme/terms-of-service: two folders give this document id");
    }

    @Test
    void addressThatIsNotWebIsRejected() {
        new ArchiveFiles(dir)
                .write("acme/terms-of-service/2024-01-01.md", "one")
                .write(
                        "acme/urls.json",
                        "{\"documents\": {\"Terms of Service\": \"file:///etc/passwd\"}}");

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .hasMessageContaining(
                        "acme/urls.json: \"Terms of Service\" has an address that is not http(s)");
    }

    @Test
    void sliceKeepsTheFirstDocumentsAndVersions() {
        new ArchiveFiles(dir)
                .write("a/terms-of-service/2024-01-01.md", "1")
                .write("a/terms-of-service/2024-01-02.md", "2")
                .write("a/terms-of-service/2024-01-03.md", "3")
                .write("b/terms-of-service/2024-01-01.md", "1");

        Archive slice = ArchiveReader.read(dir).slice(1, 2);

        assertThat(slice.documents())
                .extracting(ArchiveDocument::id)
                .containsExactly("a/terms-of-service");
        assertThat(slice.versionCount()).isEqualTo(2);
    }

    @Test
    void archiveNamesOfTypesMapToClausewatchTypes() {
        new ArchiveFiles(dir)
                .write("claude/Data Processor Agreement/2024-01-01.md", "one")
                .write("claude/trackers-policy/2024-01-01.md", "two");

        assertThat(ArchiveReader.read(dir).documents())
                .extracting(ArchiveDocument::id, ArchiveDocument::typeName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "claude/cookie-policy", "trackers-policy"),
                        org.assertj.core.groups.Tuple.tuple(
                                "claude/data-processing-agreement", "Data Processor Agreement"));
    }

    @Test
    void unknownDocumentTypeIsRejectedBeforeAnythingIsImported() {
        new ArchiveFiles(dir).write("acme/Seller Warranty/2024-01-01.md", "one");

        assertThatThrownBy(() -> ArchiveReader.read(dir))
                .hasMessageContaining(
                        "acme/Seller Warranty: \"Seller Warranty\" is not a document type"
                                + " Clausewatch tracks");
    }
}
