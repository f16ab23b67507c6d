package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static final String POLICY =
            """
            # Privacy Policy

            Last updated: 3 March 2024

            ## 4 How we use information

            We use information to provide the service.
            It also helps us improve it.

            ### AI features

            - We may use prompts to improve models.
            - You can turn this off in settings.

            1. First numbered item
            2. Second numbered item

            | Data | Retention |
            |------|-----------|
            | Logs | 30 days |
            """;

    @Test
    void headingsParagraphsItemsAndRowsBecomeProvisionsWithPaths() {
        List<Provision> provisions = Segmenter.segment(POLICY);

        assertThat(provisions)
                .extracting(Provision::kind)
                .containsExactly(
                        "heading",
                        "paragraph",
                        "heading",
                        "paragraph",
                        "heading",
                        "item",
                        "item",
                        "item",
                        "item",
                        "row",
                        "row");
        assertThat(provisions.get(3).text())
                .isEqualTo(
                        "We use information to provide the service.\nIt also helps us improve it.");
        assertThat(provisions.get(5).path())
                .isEqualTo("Privacy Policy › 4 How we use information › AI features");
        assertThat(provisions.get(2).label()).isEqualTo("4");
        assertThat(provisions.get(7).label()).isEqualTo("1.");
        assertThat(provisions.get(10).text()).isEqualTo("| Logs | 30 days |");
        assertThat(provisions)
                .extracting(Provision::ordinal)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void skippedHeadingLevelsNestUnderTheNearestShallowerHeading() {
        List<Provision> provisions = Segmenter.segment("# A\n\n#### D\n\ntext\n\n## B\n\nmore\n");

        assertThat(provisions.get(2).path()).isEqualTo("A › D");
        assertThat(provisions.get(4).path()).isEqualTo("A › B");
    }

    @Test
    void emptyAndBlankDocumentsHaveNoProvisions() {
        assertThat(Segmenter.segment("")).isEmpty();
        assertThat(Segmenter.segment("\n\n   \n")).isEmpty();
        assertThat(Segmenter.segment(null)).isEmpty();
    }

    @Test
    void fencedBlockStaysOneParagraphEvenWithHeadingsInside() {
        List<Provision> provisions =
                Segmenter.segment("```\n# not a heading\n\n- not an item\n```\nafter\n");

        assertThat(provisions).hasSize(2);
        assertThat(provisions.get(0).text()).contains("# not a heading").contains("- not an item");
    }

    @Test
    void rightToLeftAndMixedScriptsAreKept() {
        List<Provision> provisions =
                Segmenter.segment(
                        "# سياسة الخصوصية\n\nنحن نجمع بياناتك. We collect data. 我们收集数据。\n");

        assertThat(provisions.get(1).path()).isEqualTo("سياسة الخصوصية");
        assertThat(provisions.get(1).text()).contains("我们收集数据");
    }
}
