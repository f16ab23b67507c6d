package io.clausewatch.diff.evaluation;

import com.github.difflib.DiffUtils;
import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.Segmenter;
import io.clausewatch.diff.analysis.Taxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A warm-loop benchmark (JMH was not available offline): segment, align, diff and classify the
 * longest consecutive pair of the corpus, as the service does for a new snapshot, against a plain
 * java-diff-utils line diff and {@code git diff --no-index --word-diff} of the same two files.
 */
public final class AnalysisBenchmark {

    private static final int WARMUP = 15;
    private static final int MEASURED = 25;

    private AnalysisBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Corpus.locate();
        if (!Files.exists(root.resolve("manifest.json"))) {
            System.out.println("corpus not found at " + root + "; set CLAUSEWATCH_CORPUS; skipped");
            return;
        }
        Corpus.Version[] pair = longestPair(Corpus.load(root));
        String before = pair[0].text();
        String after = pair[1].text();
        System.out.printf(
                "longest pair: %s -> %s (%d + %d chars)%n",
                root.relativize(pair[0].file()),
                pair[1].file().getFileName(),
                before.length(),
                after.length());

        ChangeAnalyzer analyzer = new ChangeAnalyzer(Taxonomy.load());
        Analysis first = analyzer.analyze(ChangeAnalyzer.Previous.NONE, before, i -> "a" + i);
        Supplier<Object> full =
                () ->
                        analyzer.analyze(
                                new ChangeAnalyzer.Previous(
                                        before,
                                        Segmenter.segment(before),
                                        first.provisionIds(),
                                        first.provisionTopics()),
                                after,
                                i -> "b" + i);
        List<String> oldLines = before.lines().toList();
        List<String> newLines = after.lines().toList();
        Supplier<Object> lineDiff = () -> DiffUtils.diff(oldLines, newLines);

        double analysis = medianMillis(full);
        double lines = medianMillis(lineDiff);
        double git = gitWordDiffMillis(pair[0].file(), pair[1].file());
        Analysis result = (Analysis) full.get();
        System.out.printf(
                "segment+align+diff+classify: median %.2f ms CPU warm (%d provisions, %d changes, %s)%n",
                analysis,
                result.provisions().size(),
                result.changes().size(),
                result.significance().id());
        System.out.printf(
                "java-diff-utils line diff:   median %.2f ms CPU warm; ratio %.1fx%n",
                lines, analysis / lines);
        System.out.printf(
                "git diff --no-index --word-diff: median %.2f ms wall per run (process start included); ratio %.2fx%n",
                git, analysis / git);
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

    /**
     * The median thread CPU time of one run, in milliseconds. CPU time rather than wall time,
     * because the shared build machine is often loaded far beyond its two cores; the wall-clock
     * median is printed alongside.
     */
    private static double medianMillis(Supplier<Object> task) {
        for (int i = 0; i < WARMUP; i++) {
            task.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[MEASURED];
        double[] wall = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(
                "  (wall-clock median %.2f ms, cpu median %.2f ms, min cpu %.2f ms)%n",
                wall[MEASURED / 2], cpu[MEASURED / 2], cpu[0]);
        return cpu[MEASURED / 2];
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
