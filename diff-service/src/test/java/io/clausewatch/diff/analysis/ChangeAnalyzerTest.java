package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.EventJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeAnalyzerTest {

    private static final ChangeAnalyzer ANALYZER = new ChangeAnalyzer(Taxonomy.load());

    private static final String V1 =
            """
            # Terms

            ## Disputes

            Any dispute will be resolved in the courts of Ireland.

            ## Data

            We keep logs for 30 days.

            We share data with service providers.
            """;

    private static Analysis first(String text) {
        return ANALYZER.analyze(ChangeAnalyzer.Previous.NONE, text, i -> "v1-" + i);
    }

    private static Analysis next(String before, Analysis previous, String after) {
        var prior = ChangeAnalyzer.Previous.of(before, previous);
        return ANALYZER.analyze(prior, after, i -> "v2-" + i);
    }

    @Test
    void stableIdsSurviveEditsAndMoves() {
        Analysis v1 = first(V1);
        String v2 =
                V1.replace("30 days", "90 days")
                        .replace("We share data with service providers.\n", "")
                        .replace(
                                "## Disputes",
                                "We share data with service providers.\n\n## Disputes");
        Analysis analysis = next(V1, v1, v2);

        int logs = indexOf(analysis, "We keep logs");
        int share = indexOf(analysis, "We share data");
        assertThat(analysis.provisionIds().get(logs))
                .isEqualTo(v1.provisionIds().get(indexOf(v1, "We keep logs")));
        assertThat(analysis.provisionIds().get(share))
                .isEqualTo(v1.provisionIds().get(indexOf(v1, "We share data")));
        assertThat(analysis.changes())
                .extracting(ProvisionChange::kind)
                .containsExactlyInAnyOrder("moved", "edited");
    }

    @Test
    void addedProvisionGetsAFreshIdAndItsTopics() {
        Analysis v1 = first(V1);
        Analysis analysis =
                next(
                        V1,
                        v1,
                        V1
                                + "\nYou waive any right to a jury trial or class action and agree to binding arbitration.\n");

        ProvisionChange added = analysis.changes().get(0);
        assertThat(added.kind()).isEqualTo("added");
        assertThat(added.provisionId()).startsWith("v2-");
        assertThat(added.topics()).contains("arbitration");
        assertThat(added.path()).isEqualTo("Terms › Data");
        assertThat(analysis.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(analysis.regulations()).contains("FAA 9 U.S.C.");
    }

    @Test
    void firstVersionIsSubstantiveAndCarriesAllTopics() {
        Analysis analysis = first(V1);

        assertThat(analysis.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(analysis.topics()).contains("data-sharing", "governing-law");
    }

    @Test
    void summaryIsDeterministicAndBounded() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            big.append("Clause ")
                    .append(i)
                    .append(" says we may share your data with partner ")
                    .append(i)
                    .append(".\n\n");
        }
        Analysis analysis = first(big.toString());
        ChangeSummary one = SummaryBuilder.build("acme/terms", 0, 1, analysis);
        ChangeSummary two = SummaryBuilder.build("acme/terms", 0, 1, first(big.toString()));

        assertThat(EventJson.write(one)).isEqualTo(EventJson.write(two));
        assertThat(EventJson.write(one).length()).isLessThanOrEqualTo(64 * 1024);
        assertThat(one.truncated()).isTrue();
        assertThat(one.provisionsChanged()).isEqualTo(3000);
    }

    @Test
    void headlineNamesKindsAndTopics() {
        Analysis v1 = first(V1);
        Analysis analysis = next(V1, v1, V1.replace("30 days", "90 days"));

        assertThat(SummaryBuilder.headline("acme/terms", 1, 2, analysis))
                .isEqualTo("acme/terms v1 → v2: substantive change (1 edited); topics: retention");
        assertThat(analysis.changes().get(0).signals())
                .containsExactly("number-changed: 30 days → 90 days");
        assertThat(analysis.changes().get(0).wordDiff())
                .isEqualTo("We keep logs for [-30-]{+90+} days.");
    }

    private static int indexOf(Analysis analysis, String start) {
        List<Provision> provisions = analysis.provisions();
        for (Provision p : provisions) {
            if (p.text().startsWith(start)) {
                return p.ordinal();
            }
        }
        throw new AssertionError("no provision starting with " + start);
    }
}
