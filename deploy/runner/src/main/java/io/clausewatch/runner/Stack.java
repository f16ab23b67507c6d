package io.clausewatch.runner;

import io.clausewatch.testkit.infra.Infrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services running as separate processes against one Kafka broker and one Postgres
 * database. Closing the stack stops the services; the infrastructure belongs to the caller.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Map<ServiceName, ServiceProcess> services;
    private final Path home;
    private final Map<String, String> environment;
    private final Path logDir;
    private final List<String> jvmOptions;

    private Stack(
            Map<ServiceName, ServiceProcess> services,
            Path home,
            Map<String, String> environment,
            Path logDir,
            List<String> jvmOptions) {
        this.services = services;
        this.home = home;
        this.environment = environment;
        this.logDir = logDir;
        this.jvmOptions = jvmOptions;
    }

    /**
     * Starts every service at once and waits until all are ready.
     *
     * @param home the repository root, where each service's packaged jar is found
     * @param ports the HTTP port of each service
     * @param settings environment for every service beyond the infrastructure's, for example {@code
     *     CLAUSEWATCH_CATALOG_DIR}
     */
    public static Stack start(
            Path home,
            Infrastructure infra,
            Map<ServiceName, Integer> ports,
            Map<String, String> settings,
            Path logDir) {
        return start(home, infra, ports, settings, logDir, jvmOptions(false));
    }

    /**
     * As {@link #start(Path, Infrastructure, Map, Map, Path)}, with the JVM options for the
     * services: {@link #jvmOptions(boolean)}.
     */
    public static Stack start(
            Path home,
            Infrastructure infra,
            Map<ServiceName, Integer> ports,
            Map<String, String> settings,
            Path logDir,
            List<String> jvmOptions) {
        Map<String, String> environment = new LinkedHashMap<>(infra.environment());
        environment.put("CLAUSEWATCH_CRAWLER_URL", url(ports, ServiceName.CRAWLER));
        environment.put("CLAUSEWATCH_DIFF_URL", url(ports, ServiceName.DIFF));
        environment.put("CLAUSEWATCH_ALERT_URL", url(ports, ServiceName.ALERT));
        environment.putAll(settings);

        Map<ServiceName, ServiceProcess> started = new EnumMap<>(ServiceName.class);
        Stack stack =
                new Stack(started, home, Map.copyOf(environment), logDir, List.copyOf(jvmOptions));
        try {
            for (ServiceName name : ServiceName.values()) {
                started.put(
                        name,
                        ServiceProcess.start(
                                name,
                                jar(home, name),
                                ports.get(name),
                                environment,
                                jvmOptions,
                                logDir));
            }
            for (ServiceProcess service : started.values()) {
                service.awaitReady(READY_TIMEOUT);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The packaged jar of a service, with a clear error when it has not been built. */
    public static Path jar(Path home, ServiceName name) {
        Path jar = home.resolve(name.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name.module() + " is not built (" + jar + " is missing): run ./mvnw package");
        }
        return jar;
    }

    /**
     * Starts one service again on its port with the environment it had, after stopping it if it
     * still runs (a crashed service is simply started); waits until it is ready.
     */
    public synchronized ServiceProcess restart(ServiceName name) {
        ServiceProcess old = services.get(name);
        if (old.isAlive()) {
            old.stop(STOP_GRACE);
        }
        ServiceProcess fresh =
                ServiceProcess.start(
                        name, jar(home, name), old.port(), environment, jvmOptions, logDir);
        services.put(name, fresh);
        fresh.awaitReady(READY_TIMEOUT);
        return fresh;
    }

    public ServiceProcess service(ServiceName name) {
        return services.get(name);
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** Stops the services, the gateway first so no request reaches a stopping backend. */
    @Override
    public void close() {
        List<ServiceProcess> order = new ArrayList<>(services.values());
        java.util.Collections.reverse(order);
        order.parallelStream().forEach(service -> service.stop(STOP_GRACE));
    }

    private static String url(Map<ServiceName, Integer> ports, ServiceName name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    /**
     * The services' JVM options, unless {@code CLAUSEWATCH_SERVICE_JVM_OPTS} gives them.
     *
     * @param longRunning for a stack measured over minutes of steady work (a replay): the JIT's
     *     optimising tier is kept, which costs start-up time and memory but makes the text analysis
     *     faster once warm; otherwise the quick-starting client tier only
     */
    public static List<String> jvmOptions(boolean longRunning) {
        String configured = System.getenv("CLAUSEWATCH_SERVICE_JVM_OPTS");
        if (configured != null && !configured.isBlank()) {
            return List.of(configured.trim().split("\\s+"));
        }
        // Small and quick to start: a laptop runs four of these beside a broker and Postgres.
        List<String> options = new ArrayList<>();
        options.addAll(List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC"));
        if (!longRunning) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        options.add("-XX:+ExitOnOutOfMemoryError");
        return List.copyOf(options);
    }
}
