package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveFiles;
import io.clausewatch.runner.archive.ArchiveReader;
import io.clausewatch.runner.archive.ImportSummary;
import io.clausewatch.runner.archive.Importer;
import io.clausewatch.runner.archive.ProgressBar;
import io.clausewatch.runner.archive.ServiceClient;
import io.clausewatch.testkit.infra.Infrastructure;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay of a tiny archive through the four services from their packaged jars, on the build's
 * Kafka broker and Postgres: every changed version is recorded once, none from chrome alone, and
 * every change reaches the subscriber once with a valid signature, except a return to an earlier
 * text, which is recorded as flapping and not announced. An import of the same kind of archive is
 * historical, and a second import changes nothing.
 */
class ReplayIT {

    private static LocalStack stack;

    @TempDir Path dir;

    @BeforeAll
    static void startStack() throws java.io.IOException {
        Path home = Path.of(System.getProperty("clausewatch.home", "../..")).toAbsolutePath();
        for (ServiceName name : ServiceName.values()) {
            Path jar = home.resolve(name.module()).resolve("target/quarkus-app/quarkus-run.jar");
            assumeTrue(
                    Files.isRegularFile(jar),
                    name.module() + " is not packaged (" + jar + " is missing); skipping");
        }
        Path work = Files.createTempDirectory("clausewatch-replay-it");
        stack = LocalStack.start(home, Infrastructure.forTests(), work);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** Also warms the stack up first on copies of both documents, which count nowhere else. */
    @Test
    void tinyArchiveIsRecordedAndDeliveredExactly() {
        Archive archive = archive("replay", true);
        ReplaySettings settings =
                new ReplaySettings(
                        2,
                        2,
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(3),
                        ReplaySettings.CRAWLER_HOST_DELAY,
                        2);

        ReplayReport report = new ReplayRun(archive, stack.endpoints(), settings, System.err).run();

        assertThat(report.run().complete()).as(report.run().problem()).isTrue();
        assertThat(report.versionsServed()).isEqualTo(7);
        assertThat(report.fetches()).isGreaterThanOrEqualTo(14);
        assertThat(report.versionsRecorded()).isEqualTo(7);
        assertThat(report.checks().changeShareOfDifferingPairs()).isEqualTo(1.0);
        assertThat(report.checks().chromeOnlyVersions()).isZero();
        assertThat(report.perDocument())
                .extracting(
                        d ->
                                d.changes().stream()
                                        .map(ReplayReport.ChangeReport::toPosition)
                                        .toList())
                .containsExactlyInAnyOrder(List.of(0, 1, 2), List.of(0, 1, 2, 3));
        ReplayReport.Deliveries deliveries = report.deliveries();
        // the privacy policy's return to its second text is flapping: recorded, not announced
        assertThat(deliveries.notAnnounced()).isEqualTo(1);
        assertThat(deliveries.expected()).isEqualTo(report.changesEmitted() - 1);
        assertThat(deliveries.received()).isEqualTo(deliveries.expected());
        assertThat(deliveries.distinctWebhookIds()).isEqualTo(deliveries.expected());
        assertThat(deliveries.signatureFailures()).isZero();
        assertThat(report.latencyMs().samples()).isEqualTo(deliveries.expected());

        ReplayReport.WarmUp warmUp = report.run().warmUp();
        assertThat(warmUp).isNotNull();
        assertThat(warmUp.problem()).isNull();
        assertThat(warmUp.documents())
                .hasSize(2)
                .allSatisfy(id -> assertThat(id).startsWith(ReplayRun.WARM_UP_PREFIX));
        assertThat(warmUp.versionsServed()).isEqualTo(4);
        // two differing versions of each copy: its first version and one change, each announced
        assertThat(warmUp.deliveries()).isEqualTo(4);
    }

    @Test
    void importIsHistoricalAndTheSecondImportChangesNothing() {
        String diff = stack.baseUrl(ServiceName.DIFF);
        String openapi = new ServiceClient(diff, null).get("/q/openapi?format=json").body();
        assumeTrue(
                openapi.contains("/documents/{platform}/{type}/versions"),
                "diff-service has no version import endpoint yet; skipping");
        Archive archive = archive("import", false);
        String documentId = archive.documents().getFirst().id();
        Importer importer =
                new Importer(
                        new ServiceClient(stack.baseUrl(ServiceName.CRAWLER), null),
                        new ServiceClient(diff, null),
                        false);
        ProgressBar quiet =
                new ProgressBar(new PrintStream(OutputStream.nullOutputStream()), "versions", 6);

        ImportSummary first = importer.run(archive, quiet);
        List<RecordedChange> changes = changes(documentId);
        ImportSummary second = importer.run(archive, quiet);

        assertThat(first.versionsImported()).isEqualTo(6);
        assertThat(second.versionsImported()).isZero();
        assertThat(second.versionsAlreadyPresent()).isEqualTo(6);
        assertThat(changes).isNotEmpty().allMatch(RecordedChange::historical);
        assertThat(changes(documentId)).isEqualTo(changes);
    }

    private static List<RecordedChange> changes(String documentId) {
        Endpoints endpoints = stack.endpoints();
        return new ChangeFeed(new ServiceClient(endpoints.gatewayUrl(), endpoints.adminKey()))
                .changes(documentId);
    }

    /**
     * Two documents of three versions; with {@code returning}, the privacy policy then goes back to
     * its second text, as pages in real archives do.
     */
    private Archive archive(String prefix, boolean returning) {
        String platform = prefix + Long.toHexString(System.nanoTime());
        ArchiveFiles files =
                new ArchiveFiles(dir.resolve("archive-" + platform))
                        .write(platform + "/Terms of Service/2024-01-01.md", terms("30 days"))
                        .write(platform + "/Terms of Service/2024-02-01.md", terms("90 days"))
                        .write(platform + "/Terms of Service/2024-03-01.md", terms("one year"))
                        .write(platform + "/Privacy Policy/2024-01-01.md", privacy("partners"))
                        .write(platform + "/Privacy Policy/2024-02-01.md", privacy("advertisers"))
                        .write(platform + "/Privacy Policy/2024-03-01.md", privacy("nobody"));
        if (returning) {
            files.write(platform + "/Privacy Policy/2024-04-01.md", privacy("advertisers"));
        }
        return ArchiveReader.read(files.root());
    }

    private static String terms(String retention) {
        return """
                # Terms of Service

                ## 1. Your account

                You must be 16 or older. See the [help centre](https://help.example.com/account).

                ## 2. Your data

                We keep your content for %s after you delete it.
                """
                .formatted(retention);
    }

    private static String privacy(String recipients) {
        return """
                # Privacy Policy

                ## Sharing

                We share your usage data with %s.

                ## Your rights

                You may ask for a copy of your data at any time.
                """
                .formatted(recipients);
    }
}
