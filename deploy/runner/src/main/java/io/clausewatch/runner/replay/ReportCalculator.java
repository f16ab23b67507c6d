package io.clausewatch.runner.replay;

import io.clausewatch.runner.archive.ArchiveVersion;
import io.clausewatch.runner.replay.ReplayReport.ChangeReport;
import io.clausewatch.runner.replay.ReplayReport.Checks;
import io.clausewatch.runner.replay.ReplayReport.Deliveries;
import io.clausewatch.runner.replay.ReplayReport.DocumentReport;
import io.clausewatch.runner.replay.ReplayReport.Latency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns what a replay served, what Clausewatch recorded and what the receiver got into the report's
 * figures. Pure arithmetic: no network, no clock.
 *
 * <p>A recorded version is tied to the archive position that was served by the fetch nearest in
 * time to its capture; the first recorded version, when no change carries its capture time, is tied
 * to the first position served.
 */
public final class ReportCalculator {

    public static final List<String> SIGNIFICANCES = List.of("cosmetic", "minor", "substantive");

    private ReportCalculator() {}

    public static ReplayReport compute(
            List<DocumentReplay> documents,
            List<ReceivedDelivery> deliveries,
            ReplayReport.Run run) {
        List<DocumentReport> perDocument = new ArrayList<>();
        Map<String, Integer> bySignificance = new LinkedHashMap<>();
        SIGNIFICANCES.forEach(s -> bySignificance.put(s, 0));
        CheckCounts checks = new CheckCounts();
        int served = 0;
        int fetches = 0;
        int recorded = 0;
        int changes = 0;
        for (DocumentReplay document : documents) {
            Map<Integer, Integer> positions = positionsOfVersions(document);
            DocumentReport report = documentReport(document, positions);
            perDocument.add(report);
            served += report.versionsServed();
            recorded += report.versionsRecorded();
            fetches += document.fetches().size();
            changes += document.changes().size();
            document.changes()
                    .forEach(c -> bySignificance.merge(c.significance(), 1, Integer::sum));
            checks.add(document, positions, report.changes());
        }
        return new ReplayReport(
                documents.size(),
                served,
                fetches,
                recorded,
                changes,
                bySignificance,
                deliveries(documents, deliveries),
                latency(documents, deliveries),
                checks.result(),
                run,
                perDocument);
    }

    /** Recorded version number to archive position. */
    static Map<Integer, Integer> positionsOfVersions(DocumentReplay document) {
        Map<Integer, Instant> capturedAt = new HashMap<>();
        Set<Integer> versions = new TreeSet<>();
        for (RecordedChange change : document.changes()) {
            capturedAt.put(change.toVersion(), change.capturedAt());
            versions.add(change.toVersion());
            if (change.fromVersion() != null) {
                versions.add(change.fromVersion());
            }
        }
        Map<Integer, Integer> positions = new TreeMap<>();
        int firstServed =
                document.document().versions().isEmpty()
                        ? 0
                        : document.document().versions().getFirst().position();
        for (int version : versions) {
            Instant at = capturedAt.get(version);
            positions.put(
                    version, at == null ? firstServed : nearestFetch(document, at, firstServed));
        }
        return positions;
    }

    private static int nearestFetch(DocumentReplay document, Instant at, int fallback) {
        return document.fetches().stream()
                .min(Comparator.comparing(f -> Duration.between(f.at(), at).abs()))
                .map(Fetch::position)
                .orElse(fallback);
    }

    private static DocumentReport documentReport(
            DocumentReplay document, Map<Integer, Integer> positions) {
        List<ChangeReport> changes =
                document.changes().stream()
                        .sorted(Comparator.comparingInt(RecordedChange::toVersion))
                        .map(
                                c ->
                                        new ChangeReport(
                                                c.fromVersion() == null
                                                        ? null
                                                        : positions.get(c.fromVersion()),
                                                positions.get(c.toVersion()),
                                                c.significance(),
                                                c.topics(),
                                                c.signals()))
                        .toList();
        return new DocumentReport(
                document.document().id(),
                document.document().versions().size(),
                positions.size(),
                changes);
    }

    private static Deliveries deliveries(
            List<DocumentReplay> documents, List<ReceivedDelivery> deliveries) {
        Set<String> known = new HashSet<>();
        int expected = 0;
        int notAnnounced = 0;
        for (DocumentReplay document : documents) {
            for (RecordedChange change : document.changes()) {
                known.add(change.changeId());
                if (change.announced()) {
                    expected++;
                } else {
                    notAnnounced++;
                }
            }
        }
        Set<String> ids = new HashSet<>();
        int failures = 0;
        int unmatched = 0;
        for (ReceivedDelivery delivery : deliveries) {
            ids.add(delivery.webhookId());
            if (!delivery.signatureValid()) {
                failures++;
            }
            if (delivery.changeId() == null || !known.contains(delivery.changeId())) {
                unmatched++;
            }
        }
        return new Deliveries(
                expected, notAnnounced, deliveries.size(), ids.size(), failures, unmatched);
    }

    /** The first delivery of each change, measured from the first serving of its version. */
    private static Latency latency(
            List<DocumentReplay> documents, List<ReceivedDelivery> deliveries) {
        Map<String, Instant> servedAtOfChange = new HashMap<>();
        for (DocumentReplay document : documents) {
            Map<Integer, Integer> positions = positionsOfVersions(document);
            for (RecordedChange change : document.changes()) {
                Instant served = document.servedAt().get(positions.get(change.toVersion()));
                if (served != null) {
                    servedAtOfChange.put(change.changeId(), served);
                }
            }
        }
        Map<String, Long> firstDelivery = new HashMap<>();
        for (ReceivedDelivery delivery : deliveries) {
            Instant served = servedAtOfChange.get(delivery.changeId());
            if (served != null) {
                long millis =
                        Math.max(0, Duration.between(served, delivery.receivedAt()).toMillis());
                firstDelivery.merge(delivery.changeId(), millis, Math::min);
            }
        }
        List<Long> samples = new ArrayList<>(firstDelivery.values());
        samples.sort(null);
        return new Latency(
                percentile(samples, 50),
                percentile(samples, 95),
                percentile(samples, 99),
                samples.isEmpty() ? 0 : samples.getLast(),
                samples.size());
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static double share(int part, int whole) {
        return whole == 0 ? 1.0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** Running totals of the corpus-level checks. */
    private static final class CheckCounts {
        int differing;
        int differingWithChange;
        int differingWithoutHint;
        int differingWithoutHintWithChange;
        int readableDiffering;
        int readableDifferingWithChange;
        int chromeOnly;
        int noiseOnly;
        int noiseOnlyAboveCosmetic;

        void add(
                DocumentReplay document,
                Map<Integer, Integer> positions,
                List<ChangeReport> changes) {
            Map<Integer, String> significanceAt = new HashMap<>();
            for (ChangeReport change : changes) {
                if (change.toPosition() != null) {
                    significanceAt.merge(
                            change.toPosition(), change.significance(), ReportCalculator::higher);
                }
            }
            List<ArchiveVersion> versions = document.document().versions();
            for (int i = 1; i < versions.size(); i++) {
                countPair(versions.get(i - 1), versions.get(i), significanceAt);
                countReadablePair(document, versions.get(i - 1), versions.get(i), significanceAt);
            }
            chromeOnly += chromeOnlyVersions(versions, positions);
        }

        private void countPair(
                ArchiveVersion before, ArchiveVersion after, Map<Integer, String> significanceAt) {
            String significance = significanceAt.get(after.position());
            if (!before.sha256().equals(after.sha256())) {
                differing++;
                differingWithChange += significance == null ? 0 : 1;
                if (!after.noiseOnly()) {
                    differingWithoutHint++;
                    differingWithoutHintWithChange += significance == null ? 0 : 1;
                }
            }
            if (after.noiseOnly()) {
                noiseOnly++;
                if (significance != null && !significance.equals("cosmetic")) {
                    noiseOnlyAboveCosmetic++;
                }
            }
        }

        /** Without readable digests, the files' digests stand in for them. */
        private void countReadablePair(
                DocumentReplay document,
                ArchiveVersion before,
                ArchiveVersion after,
                Map<Integer, String> significanceAt) {
            Map<Integer, String> digests = document.readableDigests();
            String a = digests.getOrDefault(before.position(), before.sha256());
            String b = digests.getOrDefault(after.position(), after.sha256());
            if (!a.equals(b)) {
                readableDiffering++;
                readableDifferingWithChange += significanceAt.containsKey(after.position()) ? 1 : 0;
            }
        }

        Checks result() {
            return new Checks(
                    differing,
                    differingWithChange,
                    share(differingWithChange, differing),
                    differingWithoutHint,
                    differingWithoutHintWithChange,
                    share(differingWithoutHintWithChange, differingWithoutHint),
                    readableDiffering,
                    readableDifferingWithChange,
                    share(readableDifferingWithChange, readableDiffering),
                    chromeOnly,
                    noiseOnly,
                    noiseOnlyAboveCosmetic,
                    noiseOnly == 0 ? 0.0 : share(noiseOnlyAboveCosmetic, noiseOnly));
        }
    }

    /**
     * Recorded versions whose served text equals that of the version recorded before them: the same
     * position recorded twice, or a later position with identical text.
     */
    static int chromeOnlyVersions(List<ArchiveVersion> versions, Map<Integer, Integer> positions) {
        Map<Integer, String> shaAt = new HashMap<>();
        versions.forEach(v -> shaAt.put(v.position(), v.sha256()));
        int count = 0;
        String previousSha = null;
        for (int position : positions.values()) {
            String sha = shaAt.get(position);
            if (sha != null && sha.equals(previousSha)) {
                count++;
            }
            previousSha = sha;
        }
        return count;
    }

    private static String higher(String a, String b) {
        return SIGNIFICANCES.indexOf(a) >= SIGNIFICANCES.indexOf(b) ? a : b;
    }
}
