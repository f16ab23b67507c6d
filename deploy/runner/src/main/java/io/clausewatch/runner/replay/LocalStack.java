package io.clausewatch.runner.replay;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.runner.Stack;
import io.clausewatch.testkit.infra.Infrastructure;
import io.clausewatch.testkit.infra.Ports;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A fresh Clausewatch for one replay: the four services on free ports, with no built-in catalog
 * (only the replayed documents are watched), allowed to fetch from and deliver to loopback, where
 * the replay site and the webhook receiver listen.
 */
public final class LocalStack implements AutoCloseable {

    private final Infrastructure infra;
    private final boolean ownsInfra;
    private final Stack stack;
    private final Endpoints endpoints;
    private final java.util.concurrent.atomic.AtomicBoolean closed =
            new java.util.concurrent.atomic.AtomicBoolean();

    private LocalStack(Infrastructure infra, boolean ownsInfra, Stack stack, Endpoints endpoints) {
        this.infra = infra;
        this.ownsInfra = ownsInfra;
        this.stack = stack;
        this.endpoints = endpoints;
    }

    /**
     * Starts Kafka and Postgres in {@code dataDir} (or uses those the environment names), then the
     * services from a private copy of their applications, logging to {@code dataDir/logs}.
     */
    public static LocalStack start(Path home, Path dataDir) {
        Path services = ServiceJars.snapshot(home, dataDir.resolve("services"));
        Infrastructure infra = Infrastructure.startLocal(dataDir, Ports.free(), Ports.free(), true);
        try {
            return start(services, infra, true, dataDir.resolve("logs"));
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    /**
     * Starts the services on infrastructure the caller owns, such as a test's, from a private copy
     * of their applications in {@code workDir}, logging to {@code workDir/logs}.
     */
    public static LocalStack start(Path home, Infrastructure infra, Path workDir) {
        Path services = ServiceJars.snapshot(home, workDir.resolve("services"));
        return start(services, infra, false, workDir.resolve("logs"));
    }

    private static LocalStack start(Path home, Infrastructure infra, boolean owns, Path logDir) {
        String adminKey = "cwk_replay_" + HexFormat.of().formatHex(SecureRandom.getSeed(12));
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, Ports.free());
        }
        Stack stack =
                Stack.start(
                        home,
                        infra,
                        ports,
                        Map.of(
                                "CLAUSEWATCH_ADMIN_KEY", adminKey,
                                "CLAUSEWATCH_CATALOG_BUILTIN", "false",
                                "CLAUSEWATCH_CRAWLER_ALLOW_PRIVATE_ADDRESSES", "true",
                                "CLAUSEWATCH_ALERT_ALLOW_PRIVATE_ADDRESSES", "true"),
                        logDir,
                        Stack.jvmOptions(true));
        Endpoints endpoints =
                new Endpoints(
                        stack.service(ServiceName.GATEWAY).baseUrl(),
                        stack.service(ServiceName.CRAWLER).baseUrl(),
                        adminKey);
        return new LocalStack(infra, owns, stack, endpoints);
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** The base URL of one service, for callers that talk to it directly. */
    public String baseUrl(ServiceName service) {
        return stack.service(service).baseUrl();
    }

    /** Stops the services, then the infrastructure when this stack started it; once only. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stack.close();
        } finally {
            if (ownsInfra) {
                infra.close();
            }
        }
    }
}
