package io.clausewatch.alert.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lean webhook endpoint for the benchmark: answers 204 (or 500, or hangs, for paths marked
 * unhealthy) and keeps, per healthy delivery, only the delay from the event's time to arrival.
 */
final class BenchReceiver implements AutoCloseable {

    private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"toVersion\":(\\d+)");

    private final HttpServer server;
    private final Set<String> failing;
    private final Set<String> hanging;
    private final java.util.Map<String, Long> firstArrivals =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, ConcurrentLinkedQueue<Long>> delaysByVersion =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private volatile long lastHealthyArrival;

    BenchReceiver(Set<String> failing, Set<String> hanging) throws IOException {
        this.failing = failing;
        this.hanging = hanging;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 2000);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Distinct healthy deliveries of events with this {@code toVersion}. */
    long healthyCount(int version) {
        var delays = delaysByVersion.get(version);
        return delays == null ? 0 : delays.size();
    }

    /** Requests that repeated a {@code webhook-id} already received. */
    long duplicates() {
        return duplicates.get();
    }

    long lastHealthyArrival() {
        return lastHealthyArrival;
    }

    long[] healthyDelays(int version) {
        return delaysByVersion.get(version).stream().mapToLong(Long::longValue).toArray();
    }

    private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        long arrived = System.currentTimeMillis();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        if (hanging.contains(path)) {
            // longer than any timeout: the sender gave up long before this answer
            sleep(60_000);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        if (failing.contains(path)) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
        Matcher time = TIME.matcher(body);
        Matcher version = VERSION.matcher(body);
        if (firstArrivals.putIfAbsent(webhookId, arrived) != null) {
            duplicates.incrementAndGet();
        } else if (time.find() && version.find()) {
            delaysByVersion
                    .computeIfAbsent(
                            Integer.parseInt(version.group(1)), k -> new ConcurrentLinkedQueue<>())
                    .add(arrived - Instant.parse(time.group(1)).toEpochMilli());
            lastHealthyArrival = arrived;
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
