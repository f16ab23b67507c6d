package io.clausewatch.reliability;

import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveDocument;
import io.clausewatch.runner.archive.ArchiveReader;
import io.clausewatch.runner.archive.ArchiveVersion;
import io.clausewatch.runner.replay.PageRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A slice of real history for the fault suite: when the development corpus is there (at {@code
 * CLAUSEWATCH_CORPUS}, system property or environment, else {@code ../shared/corpus} beside the
 * repository), the documents of the suite serve the dated versions of real governance documents,
 * rendered with changing page chrome as the replay renders them.
 *
 * <p>Only versions whose readable text no earlier version had are kept, so that every version
 * served is a new version to record and a change to announce (a return to an earlier text would be
 * flapping, which is recorded and deliberately not announced). Documents over {@link #MAX_BYTES}
 * are left out to keep the suite's time bounded.
 */
final class History {

    /** Versions each document must offer: more than the suite serves to any one document. */
    static final int VERSIONS_NEEDED = 12;

    private static final long MAX_BYTES = 60_000;

    private final List<ArchiveDocument> documents;
    private final List<List<String>> texts;
    private final PageRenderer renderer = new PageRenderer();

    private History(List<ArchiveDocument> documents, List<List<String>> texts) {
        this.documents = documents;
        this.texts = texts;
    }

    /**
     * The slice for {@code count} documents, or null (saying why) when the corpus cannot give it.
     */
    static History load(int count) {
        Path root = locate();
        if (!Files.isDirectory(root)) {
            System.out.println(
                    "fault suite: no corpus at "
                            + root
                            + " (set CLAUSEWATCH_CORPUS); generated pages");
            return null;
        }
        Archive archive = ArchiveReader.read(root);
        PageRenderer renderer = new PageRenderer();
        record Candidate(ArchiveDocument document, List<String> texts) {}
        List<Candidate> candidates = new ArrayList<>();
        for (ArchiveDocument document : archive.documents()) {
            if (bytes(document.versions().getFirst()) > MAX_BYTES) {
                continue;
            }
            List<String> distinct = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ArchiveVersion version : document.versions()) {
                String text = version.text();
                if (seen.add(renderer.readableText(text))) {
                    distinct.add(text);
                }
            }
            if (distinct.size() >= VERSIONS_NEEDED) {
                candidates.add(new Candidate(document, distinct));
            }
        }
        if (candidates.size() < count) {
            System.out.println(
                    "fault suite: the corpus at "
                            + root
                            + " has "
                            + candidates.size()
                            + " documents with "
                            + VERSIONS_NEEDED
                            + " distinct versions under "
                            + MAX_BYTES
                            + " bytes, not "
                            + count
                            + "; generated pages");
            return null;
        }
        List<Candidate> chosen =
                candidates.stream()
                        .sorted(
                                Comparator.comparingInt((Candidate c) -> c.texts().size())
                                        .reversed()
                                        .thenComparing(c -> c.document().id()))
                        .limit(count)
                        .toList();
        System.out.println(
                "fault suite: history of "
                        + String.join(", ", chosen.stream().map(c -> c.document().id()).toList())
                        + " from "
                        + root
                        + " (Open Terms Archive, ODC-By 1.0)");
        return new History(
                chosen.stream().map(Candidate::document).toList(),
                chosen.stream().map(Candidate::texts).toList());
    }

    /**
     * The page of the {@code slot}-th document at {@code version} (from 1), with new chrome, or
     * null when its history has no such version.
     */
    String page(int slot, int version) {
        List<String> history = texts.get(slot);
        if (version < 1 || version > history.size()) {
            return null;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        PageRenderer.Chrome chrome =
                new PageRenderer.Chrome(
                        Long.toHexString(random.nextLong() >>> 16),
                        Long.toHexString(random.nextLong() >>> 24),
                        Instant.now());
        ArchiveDocument document = documents.get(slot);
        return renderer.page(
                document.platformName() + " " + document.typeName(),
                history.get(version - 1),
                chrome);
    }

    private static long bytes(ArchiveVersion version) {
        try {
            return Files.size(version.file());
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Path locate() {
        String configured =
                System.getProperty("CLAUSEWATCH_CORPUS", System.getenv("CLAUSEWATCH_CORPUS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return ReliabilityStack.home().resolve("../shared/corpus").normalize();
    }
}
