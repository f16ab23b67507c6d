package io.clausewatch.reliability;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.runner.Stack;
import io.clausewatch.runner.replay.PageRenderer;
import io.clausewatch.testkit.infra.ApacheKafkaBroker;
import io.clausewatch.testkit.infra.Infrastructure;
import io.clausewatch.testkit.infra.MachinePostgres;
import io.clausewatch.testkit.infra.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one stack every suite of this module shares: its own Kafka broker and Postgres (so the fault
 * suite may restart them without disturbing other builds), the four services from their packaged
 * jars, a fixture site and a webhook receiver. Started on first use, stopped when the JVM exits.
 */
final class ReliabilityStack {

    static final List<String> FAULT_TYPES =
            List.of("terms-of-service", "privacy-policy", "ai-terms");

    private static ReliabilityStack instance;

    final String run = Long.toHexString(System.nanoTime());
    final String adminKey = "cwk_rel_" + UUID.randomUUID().toString().replace("-", "");
    final String platform = "rel" + run;
    final Site site = Site.start();
    final Receiver receiver = Receiver.start();

    /** Every key, webhook secret and signature the suites handled: none may reach a log. */
    final Set<String> secrets = ConcurrentHashMap.newKeySet();

    private final Path work;
    private final Path pgBin;
    private final int kafkaPort = Ports.free();
    private final int postgresPort = Ports.free();
    private volatile ApacheKafkaBroker kafka;
    private volatile MachinePostgres postgres;
    private Stack stack;

    private ReliabilityStack() {
        try {
            // Postgres runs as the postgres user, who may not enter root's home: keep the data in
            // the system's temporary directory.
            work = Files.createTempDirectory("clausewatch-reliability-");
            Files.setPosixFilePermissions(
                    work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pgBin =
                MachinePostgres.findBinaries()
                        .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries"));
        secrets.add(adminKey);
    }

    static synchronized ReliabilityStack get() {
        if (instance == null) {
            ReliabilityStack started = new ReliabilityStack();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "reliability-stop"));
            started.start();
            instance = started;
        }
        return instance;
    }

    private void start() {
        Instant began = Instant.now();
        kafka = ApacheKafkaBroker.start(work.resolve("kafka"), kafkaPort, "384m");
        postgres = MachinePostgres.start(pgBin, work.resolve("postgres"), postgresPort, true);
        for (String type : FAULT_TYPES) {
            site.html(faultPath(type), Pages.document(type, 1));
        }
        Path catalog = work.resolve("catalog");
        try {
            Files.createDirectories(catalog);
            Files.writeString(catalog.resolve(platform + ".yaml"), faultCatalog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, Ports.free());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CLAUSEWATCH_ADMIN_KEY", adminKey);
        settings.put("CLAUSEWATCH_CATALOG_DIR", catalog.toString());
        settings.put("CLAUSEWATCH_CATALOG_BUILTIN", "false");
        settings.put("CLAUSEWATCH_CRAWLER_ALLOW_PRIVATE_ADDRESSES", "true");
        settings.put("CLAUSEWATCH_ALERT_ALLOW_PRIVATE_ADDRESSES", "true");
        settings.put("CLAUSEWATCH_CRAWLER_HOST_DELAY", "0s");
        settings.put("CLAUSEWATCH_CRAWLER_REQUEST_TIMEOUT", "20s");
        // Short retries, enough of them to outlast the receiver's bad minute.
        settings.put(
                "CLAUSEWATCH_ALERT_RETRY_SCHEDULE", "0s,1s,2s,2s,3s,3s,3s,3s,3s,3s,3s,3s,3s,3s");
        settings.put("CLAUSEWATCH_ALERT_TIMEOUT", "2s");
        settings.put("CLAUSEWATCH_GATEWAY_RATE_LIMIT_CAPACITY", "100000");
        settings.put("CLAUSEWATCH_GATEWAY_RATE_LIMIT_REFILL_PER_MINUTE", "100000");
        Path home = snapshotOfPackagedServices();
        try {
            stack = Stack.start(home, new Infrastructure(kafka, postgres), ports, settings, logs());
        } catch (IllegalStateException e) {
            // Four JVMs starting at once on a machine busy with other builds can miss the
            // runner's readiness bound; the second start meets warm caches and a migrated schema.
            System.out.println(
                    "reliability: the stack did not start, once more: "
                            + e.getMessage().lines().findFirst().orElse(""));
            stack = Stack.start(home, new Infrastructure(kafka, postgres), ports, settings, logs());
        }
        System.out.printf(
                "reliability: broker, Postgres and four services ready in %d s (%s)%n",
                Duration.between(began, Instant.now()).toSeconds(), work);
    }

    /**
     * Hard links to the services' packaged applications as they are now, so that a rebuild of a
     * service during the run cannot pull files from under a restart.
     */
    private Path snapshotOfPackagedServices() {
        Path snapshot = work.resolve("home");
        for (ServiceName name : ServiceName.values()) {
            Path source = Stack.jar(home(), name).getParent();
            Path target = snapshot.resolve(name.module()).resolve("target");
            for (int attempt = 1; ; attempt++) {
                try {
                    Files.createDirectories(target);
                    Process copy =
                            new ProcessBuilder("cp", "-al", source.toString(), target.toString())
                                    .redirectErrorStream(true)
                                    .start();
                    String output = new String(copy.getInputStream().readAllBytes());
                    if (copy.waitFor() == 0) {
                        break;
                    }
                    if (attempt == 5) {
                        throw new IllegalStateException("could not copy " + source + ": " + output);
                    }
                    new ProcessBuilder("rm", "-rf", target.toString()).start().waitFor();
                    Thread.sleep(5_000);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return snapshot;
    }

    Stack stack() {
        return stack;
    }

    String gateway() {
        return stack.service(ServiceName.GATEWAY).baseUrl();
    }

    String crawler() {
        return stack.service(ServiceName.CRAWLER).baseUrl();
    }

    String diff() {
        return stack.service(ServiceName.DIFF).baseUrl();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    MachinePostgres postgres() {
        return postgres;
    }

    Path work() {
        return work;
    }

    Path logs() {
        return work.resolve("logs");
    }

    /** Stops the broker (SIGTERM, then SIGKILL after a grace) and starts it on its data again. */
    void restartKafka() {
        kafka.close();
        kafka = ApacheKafkaBroker.start(work.resolve("kafka"), kafkaPort, "384m");
    }

    /** Stops Postgres (fast shutdown: open sessions are cut) and starts it on its data again. */
    void restartPostgres() {
        postgres.close();
        postgres = MachinePostgres.start(pgBin, work.resolve("postgres"), postgresPort, true);
    }

    String documentId(String type) {
        return platform + "/" + type;
    }

    static String faultPath(String type) {
        return "/f/" + type;
    }

    private String faultCatalog() {
        StringBuilder yaml =
                new StringBuilder("platform: " + platform + "\nname: Reliability Platform\n");
        yaml.append("documents:\n");
        for (String type : FAULT_TYPES) {
            yaml.append(
                    """
                      - type: %s
                        name: Reliability %s
                        urls: ["%s"]
                        select: ["main"]
                        remove: ["%s"]
                        interval: P7D
                    """
                            .formatted(
                                    type,
                                    type,
                                    site.url(faultPath(type)),
                                    PageRenderer.BANNER_SELECTOR));
        }
        return yaml.toString();
    }

    private void close() {
        if (stack != null) {
            stack.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        site.close();
        receiver.close();
    }

    static Path home() {
        return Path.of(System.getProperty("clausewatch.home", "../..")).toAbsolutePath();
    }
}
