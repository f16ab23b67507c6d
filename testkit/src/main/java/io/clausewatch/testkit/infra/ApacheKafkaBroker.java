package io.clausewatch.testkit.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * The official Apache Kafka broker in KRaft combined mode (broker and controller in one process),
 * run as a child JVM. Its data directory survives a restart when the caller keeps it.
 */
public final class ApacheKafkaBroker implements KafkaServer {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private ApacheKafkaBroker(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Formats the data directory if it is new, starts the broker, waits until it answers and
     * creates every Clausewatch topic.
     */
    public static ApacheKafkaBroker start(Path dataDir, int port, String heap) {
        try {
            Files.createDirectories(dataDir);
            int controllerPort = Ports.free();
            Path config = writeConfig(dataDir, port, controllerPort);
            Path log = dataDir.resolve("broker.log");
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config, log);
            }
            List<String> command = new ArrayList<>(javaCommand(heap));
            command.addAll(List.of("kafka.Kafka", config.toString()));
            Process process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .start();
            ApacheKafkaBroker broker = new ApacheKafkaBroker(process, port, log);
            broker.awaitReady();
            KafkaTopics.ensureAll(broker.bootstrapServers());
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker in " + dataDir, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path writeConfig(Path dataDir, int port, int controllerPort) throws IOException {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty(
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", dataDir.resolve("logs").toString());
        props.setProperty("num.partitions", "3");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "10");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        // Snapshots carry whole documents; the longest policies run to a few hundred kilobytes.
        props.setProperty("message.max.bytes", "10485760");
        props.setProperty("replica.fetch.max.bytes", "10485760");
        props.setProperty("log.retention.hours", "168");
        props.setProperty("log.segment.bytes", "67108864");
        Path config = dataDir.resolve("broker.properties");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "Clausewatch single-node broker; written at every start");
        }
        return config;
    }

    private static void format(Path config, Path log) throws IOException {
        List<String> command = new ArrayList<>(javaCommand("256m"));
        command.addAll(
                List.of(
                        "kafka.tools.StorageTool",
                        "format",
                        "--ignore-formatted",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString()));
        Process format =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException(
                        "formatting the Kafka data directory failed:\n"
                                + ProcessLogs.tail(log, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private static List<String> javaCommand(String heap) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(
                java.toString(),
                "-Xms64m",
                "-Xmx" + heap,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                brokerClasspath());
    }

    /** The broker's classpath, as Maven resolved it when this module was built. */
    static String brokerClasspath() {
        String override = System.getProperty("clausewatch.kafka.classpath");
        if (override != null && !override.isBlank()) {
            return override;
        }
        try (InputStream in = ApacheKafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the testkit jar has no " + CLASSPATH_RESOURCE + "; rebuild it with Maven");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (!Files.exists(Path.of(entry))) {
                    throw new IllegalStateException(
                            "the Kafka broker's jar "
                                    + entry
                                    + " is missing; run ./mvnw install -pl testkit -am");
                }
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the Kafka broker exited with code "
                                + process.exitValue()
                                + ":\n"
                                + ProcessLogs.tail(log, 40));
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                sleep(250);
            }
        }
        close();
        throw new IllegalStateException(
                "the Kafka broker did not answer within "
                        + START_TIMEOUT.toSeconds()
                        + " s:\n"
                        + ProcessLogs.tail(log, 40));
    }

    private Admin admin() {
        return KafkaTopics.admin(bootstrapServers());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
