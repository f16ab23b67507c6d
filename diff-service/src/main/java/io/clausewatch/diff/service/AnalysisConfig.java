package io.clausewatch.diff.service;

import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.Taxonomy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the framework-free analysis classes injectable; the taxonomy is read once at start. */
public class AnalysisConfig {

    @Produces
    @Singleton
    Taxonomy taxonomy() {
        return Taxonomy.load();
    }

    @Produces
    @Singleton
    ChangeAnalyzer analyzer(Taxonomy taxonomy) {
        return new ChangeAnalyzer(taxonomy);
    }
}
