package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "'a\r\nb\rc' => 'a\nb\nc\n'",
                "'a   \n\n\n\n  \nb' => 'a\n\nb\n'",
                "'a\t\u00a0\u202f \nb' => 'a\nb\n'",
                "'Ter\u200bms\u00ad of\u2060 use' => 'Terms of use\n'",
                "'x \u200b \ny' => 'x\ny\n'",
                "'cafe\u0301' => 'caf\u00e9\n'",
                "'we\u200d\u0301' => 'w\u00e9\n'",
                "'a\u00a0b' => 'a b\n'",
                "'line \u2028next' => 'line\u2028next\n'",
                "' \n \n ' => ''",
                "'\n\n  text  \n\n' => 'text\n'"
            })
    void canonicalFormOfText(String text, String expected) {
        assertThat(CanonicalText.of(text)).isEqualTo(expected);
    }

    @Test
    void longRunsOfCombiningMarksAreCutToTheStreamSafeLimit() {
        String stacked = "Z" + "\u0301\u0302\u0303".repeat(30_000) + " terms";

        String text = CanonicalText.of(stacked);

        assertThat(text).hasSize(1 + CanonicalText.MAX_MARKS_IN_A_ROW + " terms\n".length());
        assertThat(CanonicalText.of("Vie\u0302\u0323t")).isEqualTo("Vi\u1ec7t\n");
    }

    @ParameterizedTest
    @CsvSource({"'a b', 1", "'| cell |', 200000"})
    void longRunsOfPaddingKeepTheirInnerSpaces(String cell, int padding) {
        String row = cell + " ".repeat(padding) + "|" + " ".repeat(padding) + "\n";

        assertThat(CanonicalText.of(row)).isEqualTo(cell + " ".repeat(padding) + "|\n");
    }
}
