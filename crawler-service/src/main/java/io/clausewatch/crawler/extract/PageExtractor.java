package io.clausewatch.crawler.extract;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts the canonical text of a document from its raw pages: HTML through the selectors, PDF
 * through PDFBox, plain text as it is. Pages of one document are joined in URL order. A result with
 * no words is a failure, never an empty version.
 */
public final class PageExtractor {

    private final HtmlExtractor html = new HtmlExtractor();
    private final ExtractionBudget budget;

    public PageExtractor() {
        this(ExtractionBudget.ofHeap());
    }

    PageExtractor(ExtractionBudget budget) {
        this.budget = budget;
    }

    public String extract(List<RawPage> pages, SelectorRules rules) {
        long bytes = pages.stream().mapToLong(p -> p.body() == null ? 0 : p.body().length).sum();
        try (ExtractionBudget.Reservation reserved = budget.reserve(bytes)) {
            return extractReserved(pages, rules);
        }
    }

    private String extractReserved(List<RawPage> pages, SelectorRules rules) {
        List<String> parts = new ArrayList<>(pages.size());
        for (RawPage page : pages) {
            String part = CanonicalText.of(extractOne(page, rules));
            if (part.isEmpty()) {
                throw new CrawlFailure(FailureClass.EMPTY, "no text extracted from " + page.url());
            }
            parts.add(part);
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return CanonicalText.of(String.join("\n", parts));
    }

    private String extractOne(RawPage page, SelectorRules rules) {
        if (page.body() == null || page.body().length == 0) {
            throw new CrawlFailure(FailureClass.EMPTY, "empty response from " + page.url());
        }
        return switch (kindOf(page)) {
            case PDF -> PdfText.extract(page.body());
            case TEXT ->
                    new String(page.body(), BodyCharset.forText(page.body(), page.contentType()));
            case HTML -> html.extract(page, rules);
        };
    }

    private static Kind kindOf(RawPage page) {
        byte[] body = page.body();
        if (startsWith(body, "%PDF-")) {
            return Kind.PDF;
        }
        String type = mediaType(page.contentType());
        if (type.equals("application/pdf")) {
            throw new CrawlFailure(FailureClass.UNSUPPORTED_TYPE, "declared PDF is not a PDF");
        }
        if (BinarySniffer.looksBinary(body)) {
            throw new CrawlFailure(
                    FailureClass.UNSUPPORTED_TYPE,
                    "binary data served as " + (type.isEmpty() ? "an untyped body" : type));
        }
        return switch (type) {
            case "text/html", "application/xhtml+xml", "" -> Kind.HTML;
            case "text/plain" -> Kind.TEXT;
            default ->
                    throw new CrawlFailure(
                            FailureClass.UNSUPPORTED_TYPE, "content type " + type + " is not read");
        };
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] body, String magic) {
        if (body.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (body[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private enum Kind {
        HTML,
        PDF,
        TEXT
    }
}
