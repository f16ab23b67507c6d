package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalsTest {

    private static List<String> signals(String before, String after) {
        return Signals.of(before, after);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            We will not use your content to train models. | We may use your content to train models. | modal-shift: will not → may
            You must delete the data on request.          | You may delete the data on request.       | modal-shift: must → may
            We may share your data with advertisers.      | We do not share your data with advertisers. | negation-added
            We never sell your data.                      | We sell your data.                        | negation-removed
            We keep logs for 30 days.                     | We keep logs for 90 days.                 | number-changed: 30 days → 90 days
            Refunds within fourteen days... no, within two weeks. | Refunds within three weeks.     | number-changed: two weeks → three weeks
            We share data with our service providers.     | We share data with our service providers and Microsoft. | new-third-party: Microsoft
            We collect your email address.                | We collect your email address and precise location. | new-data-category: precise location
            We personalise ads only if you opt in.        | We personalise ads unless you opt out.    | opt-in-to-opt-out
            We personalise ads unless you opt out.        | We personalise ads only with your consent. | opt-out-to-opt-in
            """)
    void detectsTheSignal(String before, String after, String expected) {
        assertThat(signals(before.strip(), after.strip())).contains(expected);
    }

    @Test
    void rewordingWithoutLegalEffectHasNoSignal() {
        assertThat(
                        signals(
                                "We collect the information you give us.",
                                "We collect information that you give to us."))
                .isEmpty();
    }

    @Test
    void unchangedModalElsewhereIsNotAShift() {
        assertThat(
                        signals(
                                "You may contact us. We will reply by email.",
                                "You may contact us. We will reply by post."))
                .noneMatch(s -> s.startsWith(Signals.MODAL_SHIFT));
    }

    @Test
    void numbersAndNamesInsideWebAddressesAreNotPartOfTheClause() {
        // a tracking identifier that changes in a link target, as on a real pricing page
        assertThat(
                        signals(
                                "See the [pricing page](https://example.com/pricing?did=65ccb3a9-41ff-437a)"
                                        + " or https://example.com/p/2024/Acme.",
                                "See the [pricing page](https://example.com/pricing?did=74bc1cfb-bb88-491b)"
                                        + " or https://example.com/p/2025/Globex."))
                .isEmpty();
        // the visible words of the same provision still count
        assertThat(
                        signals(
                                "Refunds within [30 days](https://example.com/refunds).",
                                "Refunds within [14 days](https://example.com/refunds)."))
                .containsExactly("number-changed: 30 days → 14 days");
    }

    @Test
    void aChangedDateIsNotAChangedNumber() {
        assertThat(signals("Last updated: July 19, 2024", "Last updated: August 2, 2024"))
                .isEmpty();
        assertThat(signals("Effective 19 July 2024.", "Effective 2 August 2025.")).isEmpty();
        assertThat(signals("Version of 2024-07-19.", "Version of 2024-08-02.")).isEmpty();
        assertThat(
                        signals(
                                "We share data with our partners since May 3, 2024.",
                                "We share data with our partners since August 2, 2024."))
                .isEmpty();
        assertThat(
                        signals(
                                "Effective May 2024. You can delete your data.",
                                "Effective June 2024. You must delete your data."))
                .containsExactly("modal-shift: can → must");
        assertThat(
                        signals(
                                "We share data with Acme since May 2024.",
                                "We share data with Acme since June 2024."))
                .isEmpty();
        assertThat(signals("Generated 2024-07-19T10:00:00Z.", "Generated 2024-08-02T09:30:00Z."))
                .isEmpty();
        // words that merely start like a month keep their numbers
        assertThat(signals("We make 12 decisions a day.", "We make 15 decisions a day."))
                .containsExactly("number-changed: 12 → 15");
        // a period beside a date still counts
        assertThat(
                        signals(
                                "From May 1, 2024 we keep logs for 30 days.",
                                "From June 1, 2024 we keep logs for 90 days."))
                .containsExactly("number-changed: 30 days → 90 days");
    }
}
