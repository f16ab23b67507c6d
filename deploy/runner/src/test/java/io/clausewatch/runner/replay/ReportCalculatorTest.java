package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.clausewatch.runner.archive.ArchiveDocument;
import io.clausewatch.runner.archive.ArchiveVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String DOC = "acme/terms";

    @Test
    void versionsAreTiedToTheNearestFetchAndPairsAreChecked() {
        // Positions 0..3: 1 differs from 0 (noise hint), 2 is identical to 1, 3 differs.
        ArchiveDocument document =
                document(
                        version(0, "a", false),
                        version(1, "b", true),
                        version(2, "b", false),
                        version(3, "c", false));
        List<Fetch> fetches =
                List.of(
                        fetch(0, 1000),
                        fetch(0, 2000),
                        fetch(1, 3000),
                        fetch(1, 4000),
                        fetch(2, 5000),
                        fetch(2, 6000),
                        fetch(3, 7000),
                        fetch(3, 8000));
        List<RecordedChange> changes =
                List.of(
                        change(null, 1, 1010, "substantive"),
                        change(1, 2, 3020, "minor"),
                        // the second fetch of position 2: a version from chrome alone
                        change(2, 3, 6010, "cosmetic"),
                        change(3, 4, 7005, "substantive"));
        DocumentReplay replay =
                new DocumentReplay(
                        document,
                        Map.of(0, at(900), 1, at(2900), 2, at(4900), 3, at(6900)),
                        fetches,
                        changes);
        List<ReceivedDelivery> deliveries =
                List.of(
                        delivery("w1", "c1", 1100, true),
                        delivery("w2", "c2", 3900, true),
                        delivery("w2", "c2", 4500, true),
                        delivery("w3", "c3", 6100, false),
                        delivery("w4", "c4", 7400, true));

        ReplayReport report = ReportCalculator.compute(List.of(replay), deliveries, run());

        assertThat(report.versionsServed()).isEqualTo(4);
        assertThat(report.fetches()).isEqualTo(8);
        assertThat(report.versionsRecorded()).isEqualTo(4);
        assertThat(report.changesEmitted()).isEqualTo(4);
        assertThat(report.bySignificance())
                .containsExactly(
                        Map.entry("cosmetic", 1),
                        Map.entry("minor", 1),
                        Map.entry("substantive", 2));
        assertThat(report.perDocument().getFirst().changes())
                .extracting(
                        ReplayReport.ChangeReport::fromPosition,
                        ReplayReport.ChangeReport::toPosition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, 0),
                        org.assertj.core.groups.Tuple.tuple(0, 1),
                        org.assertj.core.groups.Tuple.tuple(1, 2),
                        org.assertj.core.groups.Tuple.tuple(2, 3));

        ReplayReport.Checks checks = report.checks();
        assertThat(checks.differingPairs()).isEqualTo(2);
        assertThat(checks.differingPairsWithChange()).isEqualTo(2);
        assertThat(checks.changeShareOfDifferingPairs()).isEqualTo(1.0);
        assertThat(checks.differingPairsWithoutNoiseHint()).isEqualTo(1);
        assertThat(checks.chromeOnlyVersions()).isEqualTo(1);
        assertThat(checks.noiseOnlyPairs()).isEqualTo(1);
        assertThat(checks.noiseOnlyPairsAboveCosmetic()).isEqualTo(1);

        ReplayReport.Deliveries delivered = report.deliveries();
        assertThat(delivered.expected()).isEqualTo(4);
        assertThat(delivered.notAnnounced()).isZero();
        assertThat(delivered.received()).isEqualTo(5);
        assertThat(delivered.distinctWebhookIds()).isEqualTo(4);
        assertThat(delivered.signatureFailures()).isEqualTo(1);
        assertThat(delivered.unmatched()).isZero();

        // First deliveries: c1 200 ms, c2 1000 ms, c3 1200 ms (served 4900), c4 500 ms.
        assertThat(report.latencyMs().samples()).isEqualTo(4);
        assertThat(report.latencyMs().p50()).isEqualTo(500);
        assertThat(report.latencyMs().max()).isEqualTo(1200);
        assertThat(report.latencyMs().p99()).isEqualTo(1200);
    }

    @Test
    void missedChangeLowersTheShare() {
        ArchiveDocument document =
                document(version(0, "a", false), version(1, "b", false), version(2, "c", false));
        DocumentReplay replay =
                new DocumentReplay(
                        document,
                        Map.of(0, at(0), 1, at(2000), 2, at(4000)),
                        List.of(fetch(0, 100), fetch(1, 2100), fetch(2, 4100)),
                        List.of(change(null, 1, 100, "substantive"), change(1, 2, 4100, "minor")));

        ReplayReport report = ReportCalculator.compute(List.of(replay), List.of(), run());
        DocumentReplay sameReadableText =
                new DocumentReplay(
                        document,
                        replay.servedAt(),
                        replay.fetches(),
                        replay.changes(),
                        Map.of(0, "x", 1, "x", 2, "y"));
        ReplayReport readable =
                ReportCalculator.compute(List.of(sameReadableText), List.of(), run());

        assertThat(report.checks().readableDifferingPairs()).isEqualTo(2);
        assertThat(readable.checks().differingPairs()).isEqualTo(2);
        assertThat(readable.checks().readableDifferingPairs()).isEqualTo(1);
        assertThat(readable.checks().readableDifferingPairsWithChange()).isEqualTo(1);
        assertThat(readable.checks().changeShareOfReadableDifferingPairs()).isEqualTo(1.0);
        assertThat(report.checks().differingPairs()).isEqualTo(2);
        assertThat(report.checks().differingPairsWithChange()).isEqualTo(1);
        assertThat(report.checks().changeShareOfDifferingPairs()).isCloseTo(0.5, within(1e-9));
        assertThat(report.checks().noiseOnlyAboveCosmeticShare()).isZero();
        assertThat(report.latencyMs().samples()).isZero();
    }

    @Test
    void flappingChangesAreRecordedButNotExpectedAsDeliveries() {
        // The archive returns to its first text at position 2 (A, B, A), as real archives do.
        ArchiveDocument document =
                document(version(0, "a", false), version(1, "b", false), version(2, "a", false));
        DocumentReplay replay =
                new DocumentReplay(
                        document,
                        Map.of(0, at(0), 1, at(2000), 2, at(4000)),
                        List.of(fetch(0, 100), fetch(1, 2100), fetch(2, 4100)),
                        List.of(
                                change(null, 1, 100, "substantive"),
                                change(1, 2, 2100, "minor"),
                                change(2, 3, 4100, "minor", true)));
        List<ReceivedDelivery> deliveries =
                List.of(delivery("w1", "c1", 300, true), delivery("w2", "c2", 2400, true));

        ReplayReport report = ReportCalculator.compute(List.of(replay), deliveries, run());

        assertThat(report.changesEmitted()).isEqualTo(3);
        assertThat(report.deliveries().expected()).isEqualTo(2);
        assertThat(report.deliveries().notAnnounced()).isEqualTo(1);
        assertThat(report.deliveries().distinctWebhookIds()).isEqualTo(2);
        assertThat(report.checks().differingPairsWithChange()).isEqualTo(2);
        assertThat(report.latencyMs().samples()).isEqualTo(2);
    }

    @Test
    void percentilesUseNearestRank() {
        List<Long> values = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        assertThat(ReportCalculator.percentile(values, 50)).isEqualTo(5);
        assertThat(ReportCalculator.percentile(values, 95)).isEqualTo(10);
        assertThat(ReportCalculator.percentile(values, 99)).isEqualTo(10);
        assertThat(ReportCalculator.percentile(List.of(), 50)).isZero();
    }

    private static ArchiveDocument document(ArchiveVersion... versions) {
        return new ArchiveDocument("acme", "terms", "Acme", "Terms", List.of(), List.of(versions));
    }

    private static ArchiveVersion version(int position, String sha, boolean noise) {
        return new ArchiveVersion(position, T0, Path.of("v" + position + ".md"), noise, sha);
    }

    private static Fetch fetch(int position, long millis) {
        return new Fetch(DOC, position, at(millis));
    }

    private static RecordedChange change(
            Integer from, int to, long capturedMillis, String significance) {
        return change(from, to, capturedMillis, significance, false);
    }

    private static RecordedChange change(
            Integer from, int to, long capturedMillis, String significance, boolean flapping) {
        return new RecordedChange(
                "c" + to,
                from,
                to,
                at(capturedMillis),
                significance,
                List.of("retention"),
                List.of(),
                false,
                flapping);
    }

    private static ReceivedDelivery delivery(String id, String change, long millis, boolean valid) {
        return new ReceivedDelivery(id, DOC, change, null, at(millis), valid);
    }

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    private static ReplayReport.Run run() {
        return new ReplayReport.Run(T0.toString(), 1, true, null, null);
    }
}
