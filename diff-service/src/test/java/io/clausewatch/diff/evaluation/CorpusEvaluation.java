package io.clausewatch.diff.evaluation;

import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.Segmenter;
import io.clausewatch.diff.analysis.Significance;
import io.clausewatch.diff.analysis.Taxonomy;
import io.clausewatch.diff.analysis.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every document history of the corpus through the analysis, consecutive versions in manifest
 * order, and prints the figures of diff-service/README.md. Run with {@code ./mvnw -o -pl
 * diff-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.clausewatch.diff.evaluation.CorpusEvaluation}.
 */
public final class CorpusEvaluation {

    private CorpusEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path root = Corpus.locate();
        if (!Files.exists(root.resolve("manifest.json"))) {
            System.out.println("corpus not found at " + root + "; set CLAUSEWATCH_CORPUS; skipped");
            return;
        }
        Corpus corpus = Corpus.load(root);
        ChangeAnalyzer analyzer = new ChangeAnalyzer(Taxonomy.load());
        Tally tally = new Tally();
        for (Corpus.History history : corpus.histories()) {
            evaluate(history, analyzer, tally);
        }
        tally.print(root);
    }

    private static void evaluate(Corpus.History history, ChangeAnalyzer analyzer, Tally tally) {
        ChangeAnalyzer.Previous previous = ChangeAnalyzer.Previous.NONE;
        String previousText = null;
        for (Corpus.Version version : history.versions()) {
            String text = version.text();
            Analysis analysis =
                    analyzer.analyze(
                            previous, text, ordinal -> "n" + version.position() + "-" + ordinal);
            if (previousText != null) {
                tally.add(history.dir(), version, previousText, text, analysis);
            }
            previous =
                    new ChangeAnalyzer.Previous(
                            text,
                            Segmenter.segment(text),
                            analysis.provisionIds(),
                            analysis.provisionTopics());
            previousText = text;
        }
    }

    private static final class Tally {
        int pairs;
        int differing;
        int differingWithChange;
        int noisePairs;
        int noiseAboveCosmetic;
        int smallPairs;
        long smallOldProvisions;
        long smallMatched;
        long smallChangedOld;
        long smallChangedMatched;
        final Map<Significance, Integer> bySignificance = new HashMap<>();
        final List<String> noiseMisses = new ArrayList<>();

        void add(
                String dir,
                Corpus.Version version,
                String before,
                String after,
                Analysis analysis) {
            pairs++;
            bySignificance.merge(analysis.significance(), 1, Integer::sum);
            if (!canonical(before).equals(canonical(after))) {
                differing++;
                if (!analysis.changes().isEmpty()) {
                    differingWithChange++;
                }
            }
            if (version.noiseOnly()) {
                noisePairs++;
                if (analysis.significance() != Significance.COSMETIC) {
                    noiseAboveCosmetic++;
                    noiseMisses.add(
                            dir
                                    + " "
                                    + version.file().getFileName()
                                    + " "
                                    + analysis.significance().id());
                }
            }
            if (changedWordShare(before, after) < 0.05) {
                smallPairs++;
                smallOldProvisions += analysis.oldProvisionCount();
                smallMatched += analysis.matchedOldProvisions();
                long unchanged =
                        analysis.oldProvisionCount()
                                - analysis.changes().stream()
                                        .filter(c -> c.before() != null)
                                        .mapToLong(c -> 1)
                                        .sum();
                smallChangedOld += analysis.oldProvisionCount() - unchanged;
                smallChangedMatched += analysis.matchedOldProvisions() - unchanged;
            }
        }

        void print(Path root) {
            System.out.printf("corpus: %s%n", root);
            System.out.printf(
                    "consecutive pairs: %d, differing texts: %d, significance: %s%n",
                    pairs, differing, bySignificance);
            System.out.printf(
                    "pairs differing after canonicalisation that produced a provision-level change: %d/%d = %.2f%% (target >= 99%%)%n",
                    differingWithChange, differing, pct(differingWithChange, differing));
            System.out.printf(
                    "heuristic_noise_only pairs above cosmetic: %d/%d = %.2f%% (target <= 5%%)%n",
                    noiseAboveCosmetic, noisePairs, pct(noiseAboveCosmetic, noisePairs));
            noiseMisses.forEach(
                    miss -> System.out.println("  noise classified above cosmetic: " + miss));
            System.out.printf(
                    "pairs with < 5%% of words changed: %d; old provisions matched (unchanged/edited/moved/renumbered/split/merged): %d/%d = %.2f%% (target >= 95%%)%n",
                    smallPairs,
                    smallMatched,
                    smallOldProvisions,
                    pct(smallMatched, smallOldProvisions));
            System.out.printf(
                    "  of those old provisions that changed at all: matched %d/%d = %.2f%%%n",
                    smallChangedMatched,
                    smallChangedOld,
                    pct(smallChangedMatched, smallChangedOld));
        }

        private static double pct(long part, long whole) {
            return whole == 0 ? 100 : 100.0 * part / whole;
        }
    }

    /** The text with trailing spaces and blank lines dropped, as the crawler canonicalises. */
    static String canonical(String text) {
        return String.join(
                "\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** 1 minus the Dice overlap of the two texts' word bags. */
    static double changedWordShare(String before, String after) {
        Map<String, Integer> old = new HashMap<>();
        Text.words(before).forEach(w -> old.merge(w, 1, Integer::sum));
        List<String> now = Text.words(after);
        int shared = 0;
        for (String word : now) {
            Integer n = old.get(word);
            if (n != null && n > 0) {
                shared++;
                old.put(word, n - 1);
            }
        }
        int total = Text.words(before).size() + now.size();
        return total == 0 ? 0 : 1 - 2.0 * shared / total;
    }
}
