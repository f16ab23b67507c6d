package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.crawler.fetch.CrawlFailure;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extraction over generated hostile pages: random nesting of the elements policies are made of,
 * attributes and text full of invisible, bidirectional and combining characters, entities, control
 * characters and lone surrogates. Whatever the page, extraction ends in canonical text or a
 * classified {@link CrawlFailure}, gives the same bytes every time, and keeps no script, style or
 * tracking parameter.
 */
class ExtractionPropertiesTest {

    private static final String SCRIPT_MARK = "scriptmarkq";
    private static final SelectorRules MAIN = new SelectorRules(List.of("main"), null);

    private final PageExtractor extractor = new PageExtractor();

    @Property(tries = 300)
    void anyPageEndsInCanonicalTextOrAClassifiedFailure(@ForAll("pages") String page) {
        String text;
        try {
            text = extract(page);
        } catch (CrawlFailure e) {
            assertThat(e.failureClass()).isNotNull();
            return;
        }
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).endsWith("\n").doesNotContain("\r").doesNotContain("\n\n\n");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
        assertThat(text)
                .doesNotContain(SCRIPT_MARK)
                .doesNotContain("utm_")
                .doesNotContain("fbclid");
    }

    @Property(tries = 200)
    void thePageGivesTheSameBytesEveryTime(@ForAll("pages") String page) {
        String first = outcome(page);
        assertThat(outcome(page)).isEqualTo(first);
    }

    private String outcome(String page) {
        try {
            return extract(page);
        } catch (CrawlFailure e) {
            return "failure " + e.failureClass();
        }
    }

    private String extract(String body) {
        String html = "<!doctype html><html><body><main>" + body + "</main></body></html>";
        return extractor.extract(
                List.of(
                        new RawPage(
                                "https://example.com/terms",
                                "text/html; charset=utf-8",
                                html.getBytes(StandardCharsets.UTF_8))),
                MAIN);
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.lazyOf(() -> element(0))
                .list()
                .ofMaxSize(8)
                .map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> element(int depth) {
        if (depth >= 12) {
            return text();
        }
        Arbitrary<String> children =
                Arbitraries.lazyOf(() -> element(depth + 1), ExtractionPropertiesTest::text)
                        .list()
                        .ofMaxSize(4)
                        .map(parts -> String.join("", parts));
        Arbitrary<String> tag =
                Arbitraries.of(
                        "div",
                        "p",
                        "section",
                        "span",
                        "b",
                        "em",
                        "h1",
                        "h2",
                        "h3",
                        "h6",
                        "li",
                        "blockquote",
                        "td",
                        "nav",
                        "aside",
                        "footer");
        return Arbitraries.oneOf(
                text(),
                Combinators.combine(
                                tag,
                                Arbitraries.strings()
                                        .withChars("\"'<>&= \u200b\u202e")
                                        .ofMaxLength(20),
                                children)
                        .as(
                                (t, attribute, inner) ->
                                        "<%s title=\"%s\">%s</%s>"
                                                .formatted(t, attribute, inner, t)),
                children.map(inner -> "<ul><li>" + inner + "</li><li>" + inner + "</li></ul>"),
                children.map(inner -> "<table><tr><td>" + inner + "</td><td>x</td></tr></table>"),
                children.map(
                        inner ->
                                "<a href=\"/terms?utm_source=mail&fbclid=abc&id=7\">"
                                        + inner
                                        + "</a>"),
                Arbitraries.just("<script>var " + SCRIPT_MARK + " = '</div>';</script>"),
                Arbitraries.just("<style>." + SCRIPT_MARK + " { color: red }</style>"),
                Arbitraries.just("<br>"),
                // unclosed and stray tags, as broken pages have them; not a tag left open
                // before "<script>", which makes the script's text visible in browsers too
                Arbitraries.of("<div>", "</p>", "<li>", "</table>", "<!--", "-->"));
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> word =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "we",
                                "may",
                                "will not",
                                "share",
                                "your",
                                "data",
                                "30 days",
                                "§ 4",
                                "Nutzungsbedingungen",
                                "условия",
                                "規約",
                                "شروط",
                                "😀"),
                        Arbitraries.of(
                                "\u200b",
                                "\u200d",
                                "\u2066",
                                "\u2069",
                                "\u202e",
                                "\ufeff",
                                "\u00ad",
                                "\u0301\u0301\u0301",
                                "e\u0301",
                                "\u0000",
                                "\u0007",
                                "\ud800",
                                "\udfff",
                                "\t",
                                "\r\n",
                                "\u00a0"),
                        Arbitraries.of(
                                "&amp;",
                                "&lt;",
                                "&nbsp;",
                                "&#0;",
                                "&#xD800;",
                                "&#x202E;",
                                "&unknown;",
                                "&#99999999;",
                                "**",
                                "_",
                                "[",
                                "](",
                                "#",
                                "|",
                                "- ",
                                "1. ",
                                "`"));
        return word.list().ofMaxSize(12).map(words -> String.join(" ", words));
    }
}
