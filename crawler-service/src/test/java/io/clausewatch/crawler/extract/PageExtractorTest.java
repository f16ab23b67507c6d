package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageExtractorTest {

    private static final String URL = "https://example.com/legal/terms";
    private final PageExtractor extractor = new PageExtractor();

    private String extract(String html, List<String> select, List<String> remove) {
        return extractor.extract(
                List.of(new RawPage(URL, "text/html; charset=utf-8", bytes(html))),
                new SelectorRules(select, remove));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsSelectedContentAsMarkdownAndDropsNoise() {
        String html =
                """
                <html><body><nav>Menu</nav><div id="onetrust-consent-sdk">Cookies!</div>
                <main><h1>Terms</h1><h2>1. Use</h2><p>You <strong>may</strong> use it.</p>
                <p style="display: none">Hidden text</p><div hidden>Also hidden</div>
                <ol><li>One<ul><li>Nested</li></ul></li><li>Two</li></ol>
                <table><tr><th>Data</th><th>Period</th></tr><tr><td>Logs</td><td>30 days</td></tr></table>
                <div class="promo">Buy now</div>
                <script>track()</script></main><footer>Footer</footer></body></html>
                """;

        String text = extract(html, List.of("main"), List.of(".promo"));

        assertThat(text)
                .contains("# Terms", "## 1. Use", "You **may** use it.", "Nested", "| Logs")
                .doesNotContain(
                        "Menu",
                        "Cookies!",
                        "Hidden text",
                        "Also hidden",
                        "Buy now",
                        "track()",
                        "Footer");
        assertThat(text).endsWith("\n").doesNotContain("\r", "\n\n\n");
    }

    @Test
    void samePageGivesSameBytesAndNormalisesUnicode() {
        String composed = "<main><p>Caf\u00e9 \u00a0 terms\u200b here</p></main>";
        String decomposed = "<main><p>Cafe\u0301 \u00a0 terms here</p></main>";

        String first = extract(composed, List.of("main"), List.of());

        assertThat(extract(composed, List.of("main"), List.of())).isEqualTo(first);
        assertThat(extract(decomposed, List.of("main"), List.of())).isEqualTo(first);
        assertThat(first).contains("Caf\u00e9");
    }

    @Test
    void linksBecomeAbsoluteWithoutTrackingParameters() {
        String html =
                "<main><p><a href=\"../privacy?utm_source=x&amp;lang=en&amp;fbclid=abc#s2\">"
                        + "Privacy</a> <a href=\"javascript:void(0)\">Open</a></p></main>";

        String text = extract(html, List.of("main"), List.of());

        assertThat(text).contains("[Privacy](https://example.com/privacy?lang=en#s2)");
        assertThat(text).doesNotContain("javascript", "utm_source", "fbclid");
    }

    @Test
    void nestedMatchesAreKeptOnce() {
        String html = "<main><article><p>Only once</p></article></main>";

        String text = extract(html, List.of("main", "article"), List.of());

        assertThat(text.split("Only once", -1)).hasSize(2);
    }

    @Test
    void selectorMatchingNothingIsAFailure() {
        assertThatThrownBy(() -> extract("<div>text</div>", List.of("main"), List.of()))
                .isInstanceOf(CrawlFailure.class)
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.SELECTOR_MISSING);
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'<html><body><main> </main></body></html>', EMPTY",
        "'<main><script>only()</script></main>', EMPTY"
    })
    void emptyResultIsAFailureNeverAnEmptyVersion(String html, FailureClass expected) {
        assertThatThrownBy(() -> extract(html, List.of(), List.of()))
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(expected);
    }

    @Test
    void malformedHtmlStillYieldsItsText() {
        String html = "<main><p>Open <b>bold <i>both</p><p>Next<div>Unclosed <table><td>cell";

        String text = extract(html, List.of("main"), List.of());

        assertThat(text).contains("Open", "bold", "both", "Next", "Unclosed", "cell");
    }

    @Test
    void binaryServedAsHtmlIsUnsupported() {
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        RawPage page = new RawPage(URL, "text/html", binary);

        assertThatThrownBy(() -> extractor.extract(List.of(page), new SelectorRules(null, null)))
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.UNSUPPORTED_TYPE);
    }

    @Test
    void charsetComesFromMetaWhenTheHeaderHasNone() {
        String html =
                "<html><head><meta charset=\"windows-1252\"></head><body><main>"
                        + "Cr\u00e8me br\u00fbl\u00e9e</main></body></html>";
        byte[] body = html.getBytes(Charset.forName("windows-1252"));

        String text =
                extractor.extract(
                        List.of(new RawPage(URL, "text/html", body)),
                        new SelectorRules(List.of("main"), null));

        assertThat(text).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e\n");
    }

    @Test
    void utf8MislabelledAsLatin1IsReadAsUtf8() {
        byte[] body =
                "<main>Datenschutzerkl\u00e4rung \u2013 \u00fcber uns</main>"
                        .getBytes(StandardCharsets.UTF_8);

        String text =
                extractor.extract(
                        List.of(new RawPage(URL, "text/html; charset=iso-8859-1", body)),
                        new SelectorRules(List.of("main"), null));

        assertThat(text).isEqualTo("Datenschutzerkl\u00e4rung \u2013 \u00fcber uns\n");
    }

    @Test
    void plainTextIsKeptAsItIs() {
        RawPage page =
                new RawPage(
                        URL,
                        "text/plain; charset=utf-8",
                        bytes("Line one\r\n\r\n\r\nLine two  \n"));

        assertThat(extractor.extract(List.of(page), new SelectorRules(null, null)))
                .isEqualTo("Line one\n\nLine two\n");
    }

    @Test
    void pagesOfOneDocumentAreJoinedInOrder() {
        RawPage first = new RawPage(URL, "text/html", bytes("<main>Part A</main>"));
        RawPage second = new RawPage(URL + "/2", "text/html", bytes("<main>Part B</main>"));

        String text =
                extractor.extract(List.of(first, second), new SelectorRules(List.of("main"), null));

        assertThat(text).isEqualTo("Part A\n\nPart B\n");
    }
}
