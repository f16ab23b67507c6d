package io.clausewatch.crawler.extract;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF in reading order, paragraphs separated by blank lines. */
final class PdfText {

    private PdfText() {}

    static String extract(byte[] body) {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n");
            stripper.setLineSeparator("\n");
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new CrawlFailure(FailureClass.UNSUPPORTED_TYPE, "the PDF could not be read");
        }
    }
}
