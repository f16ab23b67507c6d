package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksRemovedAndAddedWords() {
        WordDiff diff = WordDiff.of("We keep data for 30 days.", "We keep your data for 90 days.");

        assertThat(diff.markup()).isEqualTo("We keep {+your +}data for [-30-]{+90+} days.");
        assertThat(diff.wordsRemoved()).isEqualTo(1);
        assertThat(diff.wordsAdded()).isEqualTo(2);
    }

    @Test
    void hugeTextsAreComparedAsOneReplacement() {
        String big = "word ".repeat(WordDiff.MAX_TOKENS);
        WordDiff diff = WordDiff.of(big, big + "more");

        assertThat(diff.fragments()).hasSize(1);
    }
}
