package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveDocument;
import io.clausewatch.runner.archive.ArchiveFiles;
import io.clausewatch.runner.archive.ArchiveReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpDocumentsTest {

    @TempDir Path dir;

    @Test
    void theLargestDocumentsAreCopiedUnderTheirOwnPlatformsAndCut() {
        Archive archive =
                ArchiveReader.read(
                        withSmallTerms()
                                .write("large/Privacy Policy/2024-01-01.md", text(400))
                                .write("large/Privacy Policy/2024-02-01.md", text(401))
                                .write("large/Privacy Policy/2024-03-01.md", text(402))
                                .write("medium/Terms of Service/2024-01-01.md", text(50))
                                .root());

        List<ArchiveDocument> copies = ReplayRun.warmUpDocuments(archive.documents(), 2, 2);

        assertThat(copies)
                .extracting(ArchiveDocument::id)
                .containsExactly("warmup-large/privacy-policy", "warmup-medium/terms-of-service");
        assertThat(copies.getFirst().versions()).hasSize(2);
        assertThat(copies.getFirst().versions().getFirst().text())
                .isEqualTo(
                        archive.documents().stream()
                                .filter(d -> d.id().equals("large/privacy-policy"))
                                .findFirst()
                                .orElseThrow()
                                .versions()
                                .getFirst()
                                .text());
    }

    @Test
    void noWarmUpVersionsMeansNoCopies() {
        Archive archive = ArchiveReader.read(withSmallTerms().root());

        assertThat(ReplayRun.warmUpDocuments(archive.documents(), 0, 4)).isEmpty();
    }

    private ArchiveFiles withSmallTerms() {
        return new ArchiveFiles(dir)
                .write("small/Terms of Service/2024-01-01.md", "# Terms\n\nShort.\n");
    }

    private static String text(int paragraphs) {
        StringBuilder text = new StringBuilder("# Policy\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append("Paragraph ").append(i).append(" says what we do with your data.\n\n");
        }
        return text.toString();
    }
}
