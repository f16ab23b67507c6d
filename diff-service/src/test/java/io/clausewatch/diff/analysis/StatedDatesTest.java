package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Last updated: March 3, 2024            | 2024-03-03
            **Last Updated:** 3 March 2024         | 2024-03-03
            Last modified on 2024-03-03            | 2024-03-03
            Updated: Sept. 3, 2024                 |
            Last revised: 03/04/2024               | 2024-03-04
            """)
    void lastUpdatedDates(String line, String expected) {
        LocalDate date = StatedDates.of("# Policy\n\n" + line + "\n\nText.").updated();
        assertThat(date).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @Test
    void effectiveDateIsSeparateFromUpdatedDate() {
        StatedDates.Dates dates =
                StatedDates.of(
                        "# Terms\n\nEffective date: January 1, 2025\n\nLast updated: December 1, 2024\n");

        assertThat(dates.effective()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(dates.updated()).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void documentWithoutDatesHasNone() {
        assertThat(StatedDates.of("# Terms\n\nWe updated our systems in many ways."))
                .isEqualTo(new StatedDates.Dates(null, null));
    }
}
