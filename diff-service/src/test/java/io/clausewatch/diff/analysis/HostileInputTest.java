package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pathological documents give a sensible result within a generous time bound, never a crash. */
class HostileInputTest {

    private static final ChangeAnalyzer ANALYZER = new ChangeAnalyzer(Taxonomy.load());
    private static final Duration BOUND = Duration.ofSeconds(90);

    private static Analysis compare(String before, String after) {
        Analysis first = ANALYZER.analyze(ChangeAnalyzer.Previous.NONE, before, i -> "a" + i);
        var previous = ChangeAnalyzer.Previous.of(before, first);
        return ANALYZER.analyze(previous, after, i -> "b" + i);
    }

    @Test
    void emptyDocumentsCompare() {
        Analysis analysis = compare("", "");
        assertThat(analysis.changes()).isEmpty();
        assertThat(compare("", "# Terms\n\nHello.\n").changes()).hasSize(2);
        assertThat(compare("# Terms\n\nHello.\n", "").changes())
                .extracting(ProvisionChange::kind)
                .containsOnly("removed");
    }

    @Test
    void onePhrase5MegabyteParagraph() {
        String huge = "We may share data with partners and keep it for 30 days. ".repeat(90_000);
        assertThat(huge.length()).isGreaterThan(5_000_000);

        Analysis analysis =
                assertTimeoutPreemptively(
                        BOUND, () -> compare(huge, huge + " We will not sell it."));

        assertThat(analysis.provisions()).hasSize(1);
        assertThat(analysis.changes())
                .singleElement()
                .extracting(ProvisionChange::kind)
                .isEqualTo("edited");
    }

    @Test
    void twentyThousandTinyProvisions() {
        StringBuilder text = new StringBuilder("# List\n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("- item ").append(i).append('\n');
        }
        String before = text.toString();
        String after =
                before.replace("- item 500\n", "- item 500 changed\n").replace("- item 9000\n", "");

        Analysis analysis = assertTimeoutPreemptively(BOUND, () -> compare(before, after));

        assertThat(analysis.provisions()).hasSize(20_000);
        assertThat(analysis.changes())
                .extracting(ProvisionChange::kind)
                .containsExactlyInAnyOrder("edited", "removed");
    }

    @Test
    void twentyThousandTinyProvisionsAllReplaced() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            before.append("- alpha").append(i).append('\n');
            after.append("- beta").append(i).append('\n');
        }
        Analysis analysis =
                assertTimeoutPreemptively(
                        BOUND, () -> compare(before.toString(), after.toString()));

        assertThat(analysis.changes()).hasSize(40_000);
    }

    @Test
    void markdownSyntaxInsideTextIsText() {
        String before =
                "Use `*` and _underscores_ and [brackets] and | pipes | and # hashes in text.\n";
        String after =
                "Use `*` and _underscores_ and [brackets] and | pipes | and # hashes in the text.\n";

        Analysis analysis = compare(before, after);

        assertThat(analysis.changes())
                .singleElement()
                .extracting(ProvisionChange::kind)
                .isEqualTo("edited");
    }

    @Test
    void rightToLeftAndMixedScriptsDiffByWord() {
        String before = "# الشروط\n\nنحتفظ ببياناتك لمدة 30 يومًا. 我们保留数据。\n";
        String after = "# الشروط\n\nنحتفظ ببياناتك لمدة 90 يومًا. 我们保留数据。\n";

        Analysis analysis = compare(before, after);

        assertThat(analysis.changes())
                .singleElement()
                .satisfies(
                        change -> {
                            assertThat(change.wordDiff()).contains("[-30-]{+90+}");
                            assertThat(change.path()).isEqualTo("الشروط");
                        });
    }

    @Test
    void everyHeadingLevelSkipped() {
        String text = "###### Deep\n\ntext\n\n# Top\n\n### Third\n\nmore\n";
        Analysis analysis = compare(text, text.replace("more", "more text"));

        assertThat(analysis.provisions().get(4).path()).isEqualTo("Top › Third");
    }
}
