package io.clausewatch.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM from its packaged jar. */
public final class ServiceProcess {

    /** The gateway's management port when it runs on its default port. */
    static final int GATEWAY_MANAGEMENT_PORT = 9000;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceName name;
    private final int port;
    private final int healthPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceName name, int port, int healthPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.healthPort = healthPort;
        this.process = process;
        this.log = log;
    }

    /** Starts the service; returns at once, see {@link #awaitReady(Duration)}. */
    static ServiceProcess start(
            ServiceName name,
            Path jar,
            int port,
            Map<String, String> environment,
            List<String> jvmOptions,
            Path logDir) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name.module() + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            int healthPort = port;
            if (name == ServiceName.GATEWAY) {
                // The gateway serves health and metrics on its management interface only.
                healthPort = port == name.defaultPort() ? GATEWAY_MANAGEMENT_PORT : freePort();
                builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(healthPort));
            }
            return new ServiceProcess(name, port, healthPort, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name.module(), e);
        }
    }

    public ServiceName name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Where {@code /q/health} and {@code /q/metrics} are served: the service's port, or for the
     * gateway its management interface.
     */
    public String managementUrl() {
        return "http://127.0.0.1:" + healthPort;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management interface", e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200, or fails with the end of the log. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name.module()
                                + " exited with code "
                                + process.exitValue()
                                + ":\n"
                                + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name.module());
            }
            sleep(200);
        }
        throw new IllegalStateException(
                name.module() + " was not ready within " + timeout.toSeconds() + " s:\n" + tail());
    }

    /** Asks the service to stop (SIGTERM), then kills it if it does not stop in time. */
    void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the service at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
