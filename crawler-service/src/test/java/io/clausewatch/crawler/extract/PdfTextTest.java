package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void pdfTextIsExtractedWhateverTheDeclaredType() throws IOException {
        byte[] pdf = pdf("Law Enforcement Guidelines", "We require valid legal process.");

        String declared =
                new PageExtractor()
                        .extract(
                                List.of(new RawPage("https://x/a.pdf", "application/pdf", pdf)),
                                new SelectorRules(null, null));
        String untyped =
                new PageExtractor()
                        .extract(
                                List.of(
                                        new RawPage(
                                                "https://x/a", "application/octet-stream", pdf)),
                                new SelectorRules(null, null));

        assertThat(declared).contains("Law Enforcement Guidelines", "valid legal process");
        assertThat(untyped).isEqualTo(declared);
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
