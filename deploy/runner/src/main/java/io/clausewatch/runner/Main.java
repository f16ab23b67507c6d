package io.clausewatch.runner;

import io.clausewatch.runner.archive.ImportCommand;
import io.clausewatch.runner.replay.ReplayCommand;
import io.clausewatch.testkit.infra.Infrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code clausewatch} commands that run on the JVM. {@code up} starts the whole system on this
 * machine and keeps it running until Ctrl-C or SIGTERM, then stops every process it started; {@code
 * import} and {@code replay} bring archives of dated versions in.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "up" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "up" -> upCommand(rest);
            case "import" -> System.exit(ImportCommand.run(rest));
            case "replay" -> System.exit(ReplayCommand.run(rest));
            default -> {
                System.err.println("clausewatch: unknown command " + command);
                System.exit(2);
            }
        }
    }

    private static void upCommand(String[] args) throws Exception {
        UpOptions options;
        try {
            options = UpOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("clausewatch up: " + e.getMessage());
            System.err.println(UpOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(UpOptions.USAGE);
            return;
        }
        System.exit(up(options));
    }

    static int up(UpOptions options) throws IOException, InterruptedException {
        Instant began = Instant.now();
        Path dataDir = options.dataDir();
        Files.createDirectories(dataDir);
        Path runDir = dataDir.resolve("run");
        long running = StaleProcesses.runningRunner(runDir);
        if (running > 0) {
            System.err.println(
                    "clausewatch up: already running from " + dataDir + " (pid " + running + ")");
            return 1;
        }
        StaleProcesses.killRecorded(runDir);
        List<String> busy = PortCheck.busy(options);
        if (!busy.isEmpty()) {
            busy.forEach(line -> System.err.println("clausewatch up: " + line));
            System.err.println(
                    "Is Clausewatch already running from another data directory? Stop it, or"
                            + " choose free ports with the options named above.");
            return 1;
        }
        StaleProcesses.record(runDir, "runner", ProcessHandle.current().pid());
        String adminKey = adminKey(dataDir);

        System.out.println("Starting Kafka and Postgres (data in " + dataDir + ") ...");
        Infrastructure infra =
                Infrastructure.startLocal(
                        dataDir, options.kafkaPort(), options.postgresPort(), false);
        if (infra.kafka() instanceof io.clausewatch.testkit.infra.ApacheKafkaBroker broker) {
            StaleProcesses.record(runDir, "kafka", broker.pid());
        }

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CLAUSEWATCH_ADMIN_KEY", adminKey);
        Stack stack;
        try {
            System.out.println("Starting the four services ...");
            stack =
                    Stack.start(
                            options.home(),
                            infra,
                            options.ports(),
                            settings,
                            dataDir.resolve("logs"));
        } catch (RuntimeException e) {
            infra.close();
            StaleProcesses.clear(runDir);
            System.err.println("clausewatch up failed: " + e.getMessage());
            return 1;
        }
        for (ServiceProcess service : stack.services()) {
            StaleProcesses.record(runDir, service.name().module(), service.pid());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("\nStopping Clausewatch ...");
                                    stack.close();
                                    infra.close();
                                    StaleProcesses.clear(runDir);
                                    System.out.println("Stopped.");
                                    stopped.countDown();
                                },
                                "clausewatch-stop"));

        printReady(stack, infra, adminKey, dataDir, Duration.between(began, Instant.now()));
        stopped.await();
        return 0;
    }

    private static void printReady(
            Stack stack, Infrastructure infra, String adminKey, Path dataDir, Duration took) {
        System.out.printf(
                "%nClausewatch is ready (started in %.1f s).%n", took.toMillis() / 1000.0);
        String gateway = stack.service(ServiceName.GATEWAY).baseUrl();
        System.out.println("  Web UI and API   " + gateway + "/");
        System.out.println("  API reference    " + gateway + "/q/swagger-ui/");
        for (ServiceProcess service : stack.services()) {
            System.out.printf(
                    "  %-16s %s  (log: %s)%n",
                    service.name().module(), service.baseUrl(), service.log());
        }
        System.out.println("  Kafka            " + infra.kafka().bootstrapServers());
        System.out.println("  Postgres         " + infra.postgres().jdbcUrl());
        System.out.println("  Admin API key    " + adminKey);
        System.out.println("  Data directory   " + dataDir);
        System.out.println("Press Ctrl-C to stop.");
    }

    /**
     * The bootstrap admin key: from {@code CLAUSEWATCH_ADMIN_KEY}, else the one generated on the
     * first start and kept in the data directory, readable by its owner only.
     */
    private static String adminKey(Path dataDir) throws IOException {
        String configured = System.getenv("CLAUSEWATCH_ADMIN_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Path file = dataDir.resolve("admin-key");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String key = "cwk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, key);
        try {
            Files.setPosixFilePermissions(
                    file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return key;
    }

    /** Ports of the services as the options give them. */
    static Map<ServiceName, Integer> defaultPorts() {
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, name.defaultPort());
        }
        return ports;
    }
}
