package io.clausewatch.diff.evaluation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.Segmenter;
import io.clausewatch.diff.analysis.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of what the service does for a new snapshot of the corpus's longest consecutive
 * pair: segment the new text, align its provisions with the previous version's, diff the edited
 * ones word by word and classify the change. Two baselines are measured beside it: a plain
 * java-diff-utils line diff of the same pair (JMH), and {@code git diff --no-index --word-diff} of
 * the same two files (wall time per process, start-up included).
 *
 * <p>The forked JVM runs with the full JIT and the serial collector; the build's test JVMs stop at
 * C1 to compile quickly, which is not how the service runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class AnalysisBenchmark {

    private ChangeAnalyzer analyzer;
    private ChangeAnalyzer.Previous previous;
    private String after;
    private List<String> oldLines;
    private List<String> newLines;

    @Setup
    public void load() throws Exception {
        Corpus.Version[] pair = longestPair(Corpus.load(Corpus.locate()));
        String before = pair[0].text();
        after = pair[1].text();
        analyzer = new ChangeAnalyzer(Taxonomy.load());
        Analysis first = analyzer.analyze(ChangeAnalyzer.Previous.NONE, before, i -> "a" + i);
        previous =
                new ChangeAnalyzer.Previous(
                        before,
                        Segmenter.segment(before),
                        first.provisionIds(),
                        first.provisionTopics());
        oldLines = before.lines().toList();
        newLines = after.lines().toList();
    }

    @Benchmark
    public Analysis segmentAlignDiffClassify() {
        return analyzer.analyze(previous, after, i -> "b" + i);
    }

    @Benchmark
    public Patch<String> lineDiff() {
        return DiffUtils.diff(oldLines, newLines);
    }

    /** Runs both benchmarks and prints the figures and ratios; skips when the corpus is absent. */
    public static void main(String[] args) throws Exception {
        Path root = Corpus.locate();
        if (!Files.exists(root.resolve("manifest.json"))) {
            System.out.println("corpus not found at " + root + "; set CLAUSEWATCH_CORPUS; skipped");
            return;
        }
        Corpus.Version[] pair = longestPair(Corpus.load(root));
        System.out.printf(
                "longest pair: %s -> %s (%d + %d chars)%n",
                root.relativize(pair[0].file()),
                pair[1].file().getFileName(),
                pair[0].text().length(),
                pair[1].text().length());
        Options options =
                new OptionsBuilder()
                        .include(AnalysisBenchmark.class.getName() + "\\.")
                        .jvmArgsAppend("-DCLAUSEWATCH_CORPUS=" + root.toAbsolutePath())
                        .build();
        Collection<RunResult> results = new Runner(options).run();
        double analysis = score(results, "segmentAlignDiffClassify");
        double lines = score(results, "lineDiff");
        double git = gitWordDiffMillis(pair[0].file(), pair[1].file());
        System.out.printf(
                "segment+align+diff+classify: %.2f ms/op (JMH average, warm, 1 fork)%n", analysis);
        System.out.printf(
                "java-diff-utils line diff:   %.3f ms/op; ratio %.1fx%n", lines, analysis / lines);
        System.out.printf(
                "git diff --no-index --word-diff: median %.2f ms per run (process start"
                        + " included); ratio %.2fx%n",
                git, analysis / git);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow()
                .getPrimaryResult()
                .getScore();
    }

    private static Corpus.Version[] longestPair(Corpus corpus) {
        Corpus.Version[] best = null;
        long bestSize = -1;
        for (Corpus.History history : corpus.histories()) {
            List<Corpus.Version> versions = history.versions();
            for (int i = 1; i < versions.size(); i++) {
                long size =
                        versions.get(i - 1).file().toFile().length()
                                + versions.get(i).file().toFile().length();
                if (size > bestSize) {
                    bestSize = size;
                    best = new Corpus.Version[] {versions.get(i - 1), versions.get(i)};
                }
            }
        }
        return best;
    }

    private static double gitWordDiffMillis(Path a, Path b) throws Exception {
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            Process git =
                    new ProcessBuilder(
                                    "git",
                                    "diff",
                                    "--no-index",
                                    "--word-diff",
                                    a.toString(),
                                    b.toString())
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            git.waitFor(60, TimeUnit.SECONDS);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
