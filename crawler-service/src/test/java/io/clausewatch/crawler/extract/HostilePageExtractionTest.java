package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages built to hurt the extractor end in text or a classified failure, never a crash. */
class HostilePageExtractionTest {

    private final PageExtractor extractor = new PageExtractor();

    private String extract(String body) {
        String html =
                "<!doctype html><html><body><main><h1>Terms</h1><p>These terms apply.</p>"
                        + body
                        + "</main></body></html>";
        return extractor.extract(
                List.of(
                        new RawPage(
                                "https://example.com/terms",
                                "text/html; charset=utf-8",
                                html.getBytes(StandardCharsets.UTF_8))),
                new SelectorRules(List.of("main"), null));
    }

    @ParameterizedTest
    @CsvSource({
        "'<div>', 50000",
        "'<table><tr><td>', 5000",
        "'<ul><li>', 20000",
        "'<b><i><span>', 40000"
    })
    void deepNestingIsTooLarge(String open, int times) {
        assertThatThrownBy(() -> extract(open.repeat(times) + "deep"))
                .isInstanceOf(CrawlFailure.class)
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.TOO_LARGE);
    }

    @Test
    void nestingAsDeepAsRealPagesIsRead() {
        String text = extract("<div>".repeat(60) + "<ul><li>".repeat(20) + "deep clause");

        assertThat(text).contains("# Terms", "deep clause");
    }

    @Test
    void entityFloodsAndLongWordsAreReadAsText() {
        String text =
                extract(
                        "<p>"
                                + "&amp;&lt;&gt;&quot;&nbsp;".repeat(50_000)
                                + "</p><p>"
                                + "&#x1F600;&#0;&#xD800;&#99999999;".repeat(10_000)
                                + "</p><p>"
                                + "x".repeat(2_000_000)
                                + "</p>");

        assertThat(text.contains("\\&\\<\\>\" ")).as("entities read as characters").isTrue();
        assertThat(text.contains("\uD83D\uDE00")).as("numeric entity read").isTrue();
        assertThat(text.contains("x".repeat(2_000_000))).as("the long word kept whole").isTrue();
    }

    @Test
    void invisibleOnlyTextLeavesTheRestOfThePage() {
        String text = extract("<p>" + "\u200B\uFEFF".repeat(50_000) + "</p>");

        assertThat(text).isEqualTo("# Terms\n\nThese terms apply.\n");
    }
}
