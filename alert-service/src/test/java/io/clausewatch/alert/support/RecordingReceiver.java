package io.clausewatch.alert.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local webhook endpoint that records every request and answers as each path is told to: a
 * status, headers, a body, a delay. Unknown paths answer 204.
 */
public final class RecordingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> open =
            new ConcurrentHashMap<>();
    private final Map<String, Integer> peaks = new ConcurrentHashMap<>();

    public RecordingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.currentTimeMillis();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        received.add(
                new Received(
                        path,
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("Host"),
                        body,
                        arrived));
        Behaviour behaviour = behaviours.getOrDefault(path, Behaviour.status(204));
        var concurrent =
                open.computeIfAbsent(path, k -> new java.util.concurrent.atomic.AtomicInteger());
        int now = concurrent.incrementAndGet();
        peaks.merge(path, now, Math::max);
        try {
            behaviour.respond(exchange);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    /** The most requests to this path that were open at the same time. */
    public int peakConcurrency(String path) {
        return peaks.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as it arrived. */
    public record Received(
            String path,
            String webhookId,
            String timestamp,
            String signature,
            String host,
            String body,
            long arrivedAtMillis) {}

    /** How a path answers. */
    @FunctionalInterface
    public interface Behaviour {
        void respond(HttpExchange exchange) throws IOException;

        static Behaviour status(int status) {
            return withHeader(status, null, null, "");
        }

        static Behaviour withHeader(int status, String name, String value, String body) {
            return exchange -> {
                if (name != null) {
                    exchange.getResponseHeaders().add(name, value);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            };
        }

        static Behaviour hang(long millis) {
            return exchange -> {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status(204).respond(exchange);
            };
        }

        /** The first request gets {@code first}, every later one {@code then}. */
        static Behaviour firstThen(Behaviour first, Behaviour then) {
            java.util.concurrent.atomic.AtomicBoolean used =
                    new java.util.concurrent.atomic.AtomicBoolean();
            return exchange -> (used.compareAndSet(false, true) ? first : then).respond(exchange);
        }

        /** 200 with a body far larger than anything worth keeping. */
        static Behaviour hugeBody(int megabytes) {
            return exchange -> {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < megabytes * 16; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the sender stops reading after its excerpt; that is the point
                }
            };
        }
    }
}
