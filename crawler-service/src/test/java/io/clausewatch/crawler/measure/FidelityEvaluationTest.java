package io.clausewatch.crawler.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the fidelity evaluation on the corpus when it is present; prints the figures. */
class FidelityEvaluationTest {

    @Test
    void catalogSelectorsReproduceTheRecordedVersions() throws IOException {
        Corpus corpus = Corpus.locate().orElse(null);
        if (corpus == null) {
            System.out.println("fidelity: corpus not found (set CLAUSEWATCH_CORPUS); skipped");
        }
        Assumptions.assumeTrue(corpus != null, "corpus not present");

        double median = new FidelityEvaluation().run(corpus);

        assertThat(median).isBetween(0.0, 1.0);
    }
}
