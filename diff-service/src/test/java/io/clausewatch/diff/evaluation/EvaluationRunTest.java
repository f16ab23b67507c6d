package io.clausewatch.diff.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the corpus evaluation and the benchmark on demand, outside the normal test run: {@code
 * ./mvnw -o -pl diff-service test -Dtest=EvaluationRunTest -Dclausewatch.measure=true}. They print
 * figures and assert nothing about them.
 */
@EnabledIfSystemProperty(named = "clausewatch.measure", matches = "true")
class EvaluationRunTest {

    @Test
    void corpusEvaluation() throws Exception {
        CorpusEvaluation.main(new String[0]);
    }

    @Test
    void benchmark() throws Exception {
        AnalysisBenchmark.main(new String[0]);
    }
}
