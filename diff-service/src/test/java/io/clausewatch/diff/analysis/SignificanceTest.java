package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented significance rules, one example per row (before | after | expected). */
class SignificanceTest {

    private static final ChangeAnalyzer ANALYZER = new ChangeAnalyzer(Taxonomy.load());

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            We collect your name.  | We  collect your name                                   | cosmetic
            We collect your name.  | WE COLLECT YOUR NAME!                                   | cosmetic
            See [our policy](https://a.example/p?utm_source=x). | See [our policy](https://a.example/p?utm_source=y). | cosmetic
            See [our policy](https://a.example/old). | See [our policy](https://b.example/new). | cosmetic
            Last updated: March 3, 2024 | Last updated: May 9, 2025                       | cosmetic
            Updated 3 days ago. | Updated 5 days ago.                                      | cosmetic
            We collect your **name**. | We collect your *name*.                          | cosmetic
            We collect your name. | We collect your full name.                             | minor
            Contact us by post. | Contact us by email.                                     | minor
            We will not sell your data. | We may sell your data.                           | substantive
            We keep logs for 30 days. | We keep logs for 90 days.                          | substantive
            We share data with Google. | We share data with Google and OpenAI.           | substantive
            Ads are personalised only if you opt in. | Ads are personalised unless you opt out. | substantive
            We may use your content to improve our services. | We may use your content to train our AI models. | substantive
            """)
    void singleProvisionEdits(String before, String after, String expected) {
        assertThat(significance(before.strip(), after.strip())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Intro.\\n\\nB clause text.\\n\\nC clause text. | Intro.\\n\\nC clause text.\\n\\nB clause text. | cosmetic
            Intro. | Intro.\\n\\nThanks. | minor
            Intro. | Intro.\\n\\nYou agree that we may terminate your account at any time for any reason without notice. | substantive
            Intro.\\n\\nOld section text that will go. | Intro. | minor
            One long sentence about the service that users read. And another one. | One long sentence about the service that users read.\\n\\nAnd another one. | cosmetic
            """)
    void documentLevelChanges(String before, String after, String expected) {
        assertThat(significance(before.replace("\\n", "\n"), after.replace("\\n", "\n")))
                .isEqualTo(expected);
    }

    private static String significance(String before, String after) {
        Analysis first = ANALYZER.analyze(ChangeAnalyzer.Previous.NONE, before, i -> "a" + i);
        var previous = ChangeAnalyzer.Previous.of(before, first);
        return ANALYZER.analyze(previous, after, i -> "b" + i).significance().id();
    }
}
