package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Segmentation and comparison over generated documents: headings of any level in any order, nested
 * list items, table rows and paragraphs whose words include invisible, bidirectional and combining
 * characters, lone surrogates and Markdown syntax. Whatever the text, the analysis gives every
 * provision one unique id, finds nothing changed between a text and itself, gives the same result
 * every time, and treats a paragraph inserted with words of its own as an addition that removes
 * nothing.
 */
class AnalysisPropertiesTest {

    private static final ChangeAnalyzer ANALYZER = new ChangeAnalyzer(Taxonomy.load());

    @Property(tries = 200)
    void everyProvisionHasOneUniqueId(@ForAll("documents") String text) {
        Analysis analysis = ANALYZER.analyze(ChangeAnalyzer.Previous.NONE, text, i -> "a" + i);

        assertThat(analysis.provisionIds())
                .hasSameSizeAs(analysis.provisions())
                .doesNotContainNull();
        assertThat(new HashSet<>(analysis.provisionIds())).hasSameSizeAs(analysis.provisionIds());
        assertThat(analysis.provisionTopics()).hasSameSizeAs(analysis.provisions());
        for (Provision provision : analysis.provisions()) {
            assertThat(provision.text()).isNotNull();
            assertThat(provision.path()).isNotNull();
        }
    }

    @Property(tries = 200)
    void aTextComparedWithItselfHasNoChange(@ForAll("documents") String text) {
        Analysis analysis = compare(text, text);

        assertThat(analysis.changes()).isEmpty();
        assertThat(analysis.provisionIds()).allMatch(id -> id.startsWith("a"));
    }

    @Property(tries = 200)
    void theSameComparisonGivesTheSameResult(
            @ForAll("documents") String before, @ForAll("documents") String after) {
        assertThat(compare(before, after)).isEqualTo(compare(before, after));
    }

    @Property(tries = 200)
    void aParagraphOfNewWordsIsAddedAndRemovesNothing(
            @ForAll("blockLists") List<String> blocks, @ForAll("insertions") int at) {
        String before = String.join("\n\n", blocks) + "\n";
        List<String> withInsertion = new ArrayList<>(blocks);
        withInsertion.add(
                Math.min(at, blocks.size()), "Quokkas zebras narwhals ocelots wombats tapirs.");
        String after = String.join("\n\n", withInsertion) + "\n";

        Analysis analysis = compare(before, after);

        assertThat(analysis.changes())
                .extracting(ProvisionChange::kind)
                .contains("added")
                .doesNotContain("removed");
    }

    private static Analysis compare(String before, String after) {
        Analysis first = ANALYZER.analyze(ChangeAnalyzer.Previous.NONE, before, i -> "a" + i);
        var previous = ChangeAnalyzer.Previous.of(before, first);
        return ANALYZER.analyze(previous, after, i -> "b" + i);
    }

    @Provide
    Arbitrary<String> documents() {
        return blockLists().map(blocks -> String.join("\n\n", blocks) + "\n");
    }

    @Provide
    Arbitrary<List<String>> blockLists() {
        return block().list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<Integer> insertions() {
        return Arbitraries.integers().between(0, 15);
    }

    private static Arbitrary<String> block() {
        Arbitrary<String> sentence = sentence();
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 6), sentence)
                        .as((level, words) -> "#".repeat(level) + " " + words),
                sentence,
                Combinators.combine(Arbitraries.integers().between(0, 1), sentence)
                        .as((indent, words) -> "  ".repeat(indent) + "- " + words),
                Combinators.combine(Arbitraries.integers().between(1, 20), sentence)
                        .as((n, words) -> n + ". " + words),
                Combinators.combine(sentence, sentence)
                        .as((a, b) -> "| " + a + " | " + b + " |\n|---|---|\n| " + b + " | x |"));
    }

    private static Arbitrary<String> sentence() {
        Arbitrary<String> word =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "we",
                                "may",
                                "will",
                                "not",
                                "must",
                                "share",
                                "sell",
                                "your",
                                "personal",
                                "data",
                                "with",
                                "Acme",
                                "Partners",
                                "for",
                                "30",
                                "days",
                                "opt-out",
                                "children",
                                "arbitration",
                                "GDPR",
                                "train",
                                "models",
                                "on",
                                "content"),
                        Arbitraries.of(
                                "\u200b",
                                "\u202e",
                                "\u2066",
                                "e\u0301",
                                "\u0301\u0301",
                                "\ud800",
                                "😀",
                                "規約",
                                "شروط",
                                "\u00a0"),
                        Arbitraries.of(
                                "**",
                                "_",
                                "[link](https://x.example/a)",
                                "`code`",
                                "\\",
                                "<br>",
                                "|",
                                "#",
                                "&amp;"));
        return word.list().ofMinSize(1).ofMaxSize(14).map(words -> String.join(" ", words));
    }
}
