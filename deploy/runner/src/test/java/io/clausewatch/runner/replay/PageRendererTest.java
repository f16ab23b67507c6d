package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    private static final String MARKDOWN =
            """
            # Terms of Service

            ## 1. Your data

            We keep your data for **30 days**. See [our policy](https://example.com/privacy?lang=en).

            | Plan | Retention |
            |------|-----------|
            | Free | 30 days   |
            """;

    private final PageRenderer renderer = new PageRenderer();
    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void chromeDiffersOnEveryRenderingWhileTheMainTextStaysTheSame() {
        String first = render(Instant.parse("2026-01-01T10:00:00Z"));
        String second = render(Instant.parse("2026-01-01T10:00:01Z"));

        assertThat(first).isNotEqualTo(second);
        assertThat(chrome(first)).isNotEqualTo(chrome(second));
        assertThat(extract(first)).isEqualTo(extract(second));
        assertThat(extract(first))
                .contains("We keep your data for 30 days.")
                .contains("Free 30 days")
                .doesNotContain("cookies");
    }

    @Test
    void pageHasTheChromeOfARealSite() {
        Document page = Jsoup.parse(render(Instant.parse("2026-01-01T10:00:00Z")));

        assertThat(page.select(PageRenderer.BANNER_SELECTOR)).hasSize(1);
        assertThat(page.select("nav a").eachAttr("href")).anyMatch(h -> h.contains("utm_"));
        assertThat(page.select("footer").text()).contains("2026-01-01T10:00:00Z");
        assertThat(page.select("link[rel=stylesheet]").attr("href"))
                .matches("/assets/site\\.[0-9a-f]+\\.css");
        assertThat(page.select("main table td")).hasSize(2);
        assertThat(page.select("main h2").text()).isEqualTo("1. Your data");
    }

    @Test
    void linksInTheTextCarryChangingTrackingParameters() {
        String first = linkIn(render(Instant.EPOCH));
        String second = linkIn(render(Instant.EPOCH));

        assertThat(first).startsWith("https://example.com/privacy?lang=en&");
        assertThat(first).isNotEqualTo(second);
        assertThat(stripTracking(first)).isEqualTo("https://example.com/privacy?lang=en");
        assertThat(stripTracking(second)).isEqualTo("https://example.com/privacy?lang=en");
    }

    private String render(Instant at) {
        return renderer.page("Acme Terms", MARKDOWN, PageRenderer.Chrome.random(random, at));
    }

    /** What a crawler told to select {@code main} and drop scripts and the banner keeps. */
    private static String extract(String html) {
        Element main = Jsoup.parse(html).selectFirst("main");
        main.select("script, " + PageRenderer.BANNER_SELECTOR).remove();
        main.select("a[href]").forEach(a -> a.attr("href", stripTracking(a.attr("href"))));
        return main.text() + main.select("a").eachAttr("href");
    }

    private static String chrome(String html) {
        Document page = Jsoup.parse(html);
        page.select("main").remove();
        return page.html();
    }

    private static String linkIn(String html) {
        return Jsoup.parse(html).selectFirst("main a").attr("href");
    }

    private static String stripTracking(String href) {
        return href.replaceAll("[?&](utm_[a-z]+|gclid|fbclid)=[^&]*", "");
    }

    @Test
    void readableTextIgnoresMarkdownFormattingButNotWords() {
        String text = renderer.readableText("*   You may leave.\n*   We may end it.\n");

        assertThat(renderer.readableText("* You may leave.\n* We may end it.\n")).isEqualTo(text);
        assertThat(text).isEqualTo("You may leave. We may end it.");
        assertThat(renderer.readableText("* You may leave.\n* We may not end it.\n"))
                .isNotEqualTo(text);
    }

    @Test
    void readableTextTreatsNoBreakSpacesAsBlank() {
        // an archive version that only dropped a trailing no-break space reads the same
        String text = renderer.readableText("Check your precise location.\u00a0\nMore here.\n");

        assertThat(renderer.readableText("Check your precise location.\nMore here.\n"))
                .isEqualTo(text);
        assertThat(text).isEqualTo("Check your precise location. More here.");
    }
}
