package io.clausewatch.runner.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveException;
import io.clausewatch.runner.archive.ArchiveReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code clausewatch replay <dir> --report FILE}: replays an archive through the whole pipeline and
 * writes the report. Exit codes: 0 settled and reported, 1 the archive is invalid, the stack failed
 * or the pipeline did not settle in time (the report is still written), 2 usage.
 */
public final class ReplayCommand {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private ReplayCommand() {}

    public static int run(String[] args) {
        quietLibraryLogs();
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println(ReplayOptions.USAGE);
            return 0;
        }
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("clausewatch replay: " + e.getMessage());
            System.err.println(ReplayOptions.USAGE);
            return 2;
        }
        Archive archive;
        try {
            archive =
                    ArchiveReader.read(options.dir())
                            .without(options.excluded())
                            .only(options.only())
                            .slice(options.documents(), options.maxVersions());
        } catch (ArchiveException e) {
            System.err.println("clausewatch replay: " + e.getMessage());
            return 1;
        }
        try {
            return options.startsStack()
                    ? replayOnOwnStack(archive, options)
                    : replay(
                            archive,
                            options,
                            new Endpoints(
                                    options.gatewayUrl(),
                                    options.crawlerUrl(),
                                    options.adminKey()));
        } catch (RuntimeException e) {
            System.err.println("clausewatch replay failed: " + e.getMessage());
            return 1;
        }
    }

    private static int replayOnOwnStack(Archive archive, ReplayOptions options) {
        Path home = Path.of(System.getProperty("clausewatch.home", ".")).toAbsolutePath();
        Path dataDir =
                options.dataDir() != null
                        ? options.dataDir().toAbsolutePath()
                        : home.resolve("target").resolve("replay-" + STAMP.format(Instant.now()));
        System.err.println(
                "Starting Clausewatch for the replay (data and logs in " + dataDir + ") ...");
        Instant began = Instant.now();
        try (LocalStack stack = LocalStack.start(home, dataDir)) {
            // Ctrl-C or SIGTERM must not leave four services, Kafka and Postgres running.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "replay-stack-stop"));
            System.err.printf(
                    "Stack ready in %.1f s%n",
                    Duration.between(began, Instant.now()).toMillis() / 1000.0);
            return replay(archive, options, stack.endpoints());
        }
    }

    private static int replay(Archive archive, ReplayOptions options, Endpoints endpoints) {
        System.err.printf(
                "Replaying %d documents, %d versions from %s%n",
                archive.documents().size(), archive.versionCount(), archive.root());
        ReplaySettings defaults = ReplaySettings.defaults();
        ReplaySettings settings =
                new ReplaySettings(
                        options.serves(),
                        options.parallel(),
                        options.fetchTimeout(),
                        options.settleTimeout(),
                        defaults.quietPeriod(),
                        options.changeSpacing(),
                        options.warmUpVersionsOrDefault());
        ReplayReport report = new ReplayRun(archive, endpoints, settings, System.err).run();
        write(report, options.report());
        System.out.println(headline(report, options.report()));
        if (!report.run().complete()) {
            System.err.println("clausewatch replay: incomplete: " + report.run().problem());
            return 1;
        }
        return 0;
    }

    static void write(ReplayReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the report to " + file + ": " + e, e);
        }
    }

    static String headline(ReplayReport report, Path file) {
        ReplayReport.Checks checks = report.checks();
        ReplayReport.Deliveries deliveries = report.deliveries();
        return """
                Replay report written to %s (%.1f s)
                  %d documents, %d versions served in %d fetches; %d versions recorded, %d changes %s
                  changed pairs with a change: %.2f%% (%d of %d); readable text changed: %.2f%% (%d of %d)
                  chrome-only versions: %d
                  noise-only pairs above cosmetic: %.2f%% (%d of %d)
                  deliveries: %d expected, %d received, %d distinct ids, %d signature failures
                  not announced by design (flapping or historical): %d changes
                  latency ms: p50 %d, p95 %d, p99 %d, max %d
                  %s"""
                .formatted(
                        file,
                        report.run().durationMs() / 1000.0,
                        report.documents(),
                        report.versionsServed(),
                        report.fetches(),
                        report.versionsRecorded(),
                        report.changesEmitted(),
                        report.bySignificance(),
                        checks.changeShareOfDifferingPairs() * 100,
                        checks.differingPairsWithChange(),
                        checks.differingPairs(),
                        checks.changeShareOfReadableDifferingPairs() * 100,
                        checks.readableDifferingPairsWithChange(),
                        checks.readableDifferingPairs(),
                        checks.chromeOnlyVersions(),
                        checks.noiseOnlyAboveCosmeticShare() * 100,
                        checks.noiseOnlyPairsAboveCosmetic(),
                        checks.noiseOnlyPairs(),
                        deliveries.expected(),
                        deliveries.received(),
                        deliveries.distinctWebhookIds(),
                        deliveries.signatureFailures(),
                        deliveries.notAnnounced(),
                        report.latencyMs().p50(),
                        report.latencyMs().p95(),
                        report.latencyMs().p99(),
                        report.latencyMs().max(),
                        warmUpLine(report.run().warmUp()));
    }

    private static String warmUpLine(ReplayReport.WarmUp warmUp) {
        if (warmUp == null) {
            return "no warm-up: the latency includes the services' cold start";
        }
        return "warm-up before the measured run: %d versions of %d copies, %d webhooks, %.1f s%s"
                .formatted(
                        warmUp.versionsServed(),
                        warmUp.documents().size(),
                        warmUp.deliveries(),
                        warmUp.durationMs() / 1000.0,
                        warmUp.problem() == null
                                ? ""
                                : " (did not settle: " + warmUp.problem() + ")");
    }

    /** The Kafka and Postgres clients log every setting at info; the progress line is enough. */
    private static void quietLibraryLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
