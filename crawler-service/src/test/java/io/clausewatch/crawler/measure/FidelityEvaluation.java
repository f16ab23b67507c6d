package io.clausewatch.crawler.measure;

import io.clausewatch.crawler.catalog.CatalogLoad;
import io.clausewatch.crawler.catalog.CatalogReader;
import io.clausewatch.crawler.catalog.DocumentSpec;
import io.clausewatch.crawler.extract.PageExtractor;
import io.clausewatch.crawler.extract.RawPage;
import io.clausewatch.crawler.extract.SelectorRules;
import io.clausewatch.crawler.fetch.CrawlFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Extracts every raw corpus page with the built-in catalog's selectors and compares the result word
 * by word with the version text the archive recorded for it. Prints a line per document and the
 * median. Run: {@code ./mvnw -pl crawler-service test -Dtest=FidelityEvaluationTest}.
 */
public final class FidelityEvaluation {

    private final PageExtractor extractor = new PageExtractor();
    private final Map<String, DocumentSpec> catalog;

    FidelityEvaluation() {
        CatalogLoad load = new CatalogReader().read(true, null);
        this.catalog =
                load.documents().stream()
                        .collect(Collectors.toMap(DocumentSpec::id, Function.identity()));
    }

    public static void main(String[] args) throws IOException {
        Corpus corpus = Corpus.locate().orElse(null);
        if (corpus == null) {
            System.out.println("fidelity: corpus not found (set CLAUSEWATCH_CORPUS); skipped");
            return;
        }
        new FidelityEvaluation().run(corpus);
    }

    /** Returns the median of per-document scores. */
    double run(Corpus corpus) throws IOException {
        Map<String, List<Double>> byDocument = new TreeMap<>();
        Map<String, String> notes = new TreeMap<>();
        for (Corpus.Sample sample : corpus.samples()) {
            String id = Corpus.CATALOG_IDS.get(sample.dir());
            DocumentSpec spec = id == null ? null : catalog.get(id);
            if (spec == null) {
                notes.put(sample.dir(), "no catalog document");
                continue;
            }
            String expected = Files.readString(sample.versionFile());
            double score;
            try {
                String actual = extract(spec, sample.pages());
                score = WordSimilarity.similarity(expected, actual);
                dump(sample, actual);
            } catch (CrawlFailure failure) {
                score = 0;
                notes.put(
                        sample.dir(),
                        failure.failureClass().wireName() + ": " + failure.getMessage());
            }
            byDocument.computeIfAbsent(sample.dir(), d -> new ArrayList<>()).add(score);
        }
        return report(byDocument, notes);
    }

    /** With {@code -Dfidelity.dump=DIR}, writes each extracted text next to its name there. */
    private static void dump(Corpus.Sample sample, String actual) throws IOException {
        String dir = System.getProperty("fidelity.dump");
        if (dir != null) {
            String name = sample.dir().replace('/', '_') + "_" + sample.versionFile().getFileName();
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, name), actual);
        }
    }

    private String extract(DocumentSpec spec, List<Path> files) throws IOException {
        List<RawPage> pages = new ArrayList<>();
        for (String url : spec.urls()) {
            Path file = pageFor(url, files, spec.urls().size());
            if (file != null) {
                pages.add(new RawPage(url, "text/html", Files.readAllBytes(file)));
            }
        }
        return extractor.extract(pages, new SelectorRules(spec.select(), spec.remove()));
    }

    private static Path pageFor(String url, List<Path> files, int urlCount) {
        if (urlCount == 1 && files.size() == 1) {
            return files.getFirst();
        }
        String suffix = "__" + Corpus.slug(url) + ".html";
        return files.stream()
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .findFirst()
                .orElse(null);
    }

    private static double report(Map<String, List<Double>> byDocument, Map<String, String> notes) {
        List<Double> medians = new ArrayList<>();
        System.out.println("fidelity: document | versions | median | min");
        byDocument.forEach(
                (dir, scores) -> {
                    double median = median(scores);
                    medians.add(median);
                    System.out.printf(
                            "fidelity: %-45s %3d  %.4f  %.4f%s%n",
                            dir,
                            scores.size(),
                            median,
                            scores.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                            notes.containsKey(dir) ? "  (" + notes.get(dir) + ")" : "");
                });
        double overall = median(medians);
        System.out.printf(
                "fidelity: documents=%d samples=%d median=%.4f below0.97=%d%n",
                medians.size(),
                byDocument.values().stream().mapToInt(List::size).sum(),
                overall,
                medians.stream().filter(m -> m < 0.97).count());
        return overall;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
