package io.clausewatch.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The page models read diff-service's answers as diff-service writes them. */
class UiViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void topicAnswerIsGroupedByPlatformUnderTheTopicsName() throws Exception {
        String longText = "We may keep logs. ".repeat(100);
        TopicView view =
                TopicView.of(
                        "retention",
                        "2026-12-01",
                        JSON.readTree(
                                """
                                {"topic":"retention","label":"Data retention and deletion",
                                 "regulations":["GDPR Art. 17"],"asOf":"2026-12-01T23:59:59Z",
                                 "provisions":[
                                  {"documentId":"acme/privacy-policy","platform":"acme","version":4,
                                   "provisionId":"p-1","path":"5 Retention","text":"We keep data for 30 days."},
                                  {"documentId":"acme/terms-of-service","platform":"acme","version":2,
                                   "provisionId":"p-2","path":"","text":"%s"},
                                  {"documentId":"zeta/privacy-policy","platform":"zeta","version":9,
                                   "provisionId":"p-3","path":"Logs","text":"Logs are deleted after a year."}]}
                                """
                                        .formatted(longText)));

        assertThat(view.label()).isEqualTo("Data retention and deletion");
        assertThat(view.regulations()).containsExactly("GDPR Art. 17");
        assertThat(view.platforms())
                .extracting(TopicView.Position::platform)
                .containsExactly("acme", "zeta");
        TopicView.Clause first = view.platforms().getFirst().clauses().getFirst();
        assertThat(first.documentId()).isEqualTo("acme/privacy-policy");
        assertThat(first.version()).isEqualTo(4);
        assertThat(first.text()).isEqualTo("We keep data for 30 days.");
        String cut = view.platforms().getFirst().clauses().get(1).text();
        assertThat(cut).endsWith(" …").hasSizeLessThanOrEqualTo(TopicView.EXCERPT_CHARS + 2);
    }

    @Test
    void searchHitKeepsThePostgresMarksAsMatches() throws Exception {
        SearchHit hit =
                SearchHit.of(
                        JSON.readTree(
                                """
                                {"documentId":"acme/terms","version":3,"provisionId":"p-9","path":"AI",
                                 "rank":0.1,"highlight":"We <mark>train</mark> models on <mark>training</mark> data <b>x</b>"}
                                """),
                        "train");

        assertThat(hit.version()).isEqualTo(3);
        assertThat(hit.snippet())
                .extracting(Segment::text)
                .containsExactly("We ", "train", " models on ", "training", " data <b>x</b>");
        assertThat(hit.snippet())
                .filteredOn(Segment::match)
                .extracting(Segment::text)
                .containsExactly("train", "training");
    }

    @Test
    void anUnclosedMarkRunsToTheEndAndNoMarksFallBackToTheQueryWords() throws Exception {
        assertThat(SearchHit.marked("a <mark>b c"))
                .extracting(Segment::text)
                .containsExactly("a ", "b c");
        SearchHit plain =
                SearchHit.of(
                        JSON.readTree(
                                "{\"documentId\":\"acme/terms\",\"highlight\":\"We train models\"}"),
                        "train");
        assertThat(plain.snippet())
                .filteredOn(Segment::match)
                .extracting(Segment::text)
                .containsExactly("train");
    }

    @Test
    void excerptsShowLinkLabelsWithoutMarkdownMarks() {
        assertThat(
                        ReadableText.of(
                                "**Training.** See our [Privacy Policy](https://example.com/p?x=1)"
                                        + " and __terms__, section 4\\. Prices are 2 * 3."))
                .isEqualTo(
                        "Training. See our Privacy Policy and terms, section 4. Prices are 2 * 3.");
        // escaped marks are text, not emphasis
        assertThat(ReadableText.of("5 \\* 3 and \\*note\\* and \\_id\\_"))
                .isEqualTo("5 * 3 and *note* and _id_");
    }
}
