package io.clausewatch.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clausewatch.webhooks.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook endpoint that records every request and answers as the test tells it to: with a status,
 * or not at all for longer than the sender waits.
 */
final class Receiver implements AutoCloseable {

    enum Mode {
        ACCEPT,
        FAIL,
        HANG
    }

    /** One request as received, with what the receiver answered. */
    record Request(
            String path,
            String webhookId,
            String timestamp,
            String signature,
            String body,
            Mode answeredAs,
            Instant receivedAt) {

        boolean accepted() {
            return answeredAs == Mode.ACCEPT;
        }

        WebhookSignature.Result verify(String secret) {
            return WebhookSignature.forSecret(secret).verify(webhookId, timestamp, signature, body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ACCEPT;
    private volatile long hangMillis = 6_000;

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/", receiver::record);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the webhook receiver", e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    void hangFor(long millis) {
        this.hangMillis = millis;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (var in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Mode answer = mode;
            var headers = exchange.getRequestHeaders();
            requests.add(
                    new Request(
                            exchange.getRequestURI().getPath(),
                            headers.getFirst(WebhookSignature.HEADER_ID),
                            headers.getFirst(WebhookSignature.HEADER_TIMESTAMP),
                            headers.getFirst(WebhookSignature.HEADER_SIGNATURE),
                            body,
                            answer,
                            Instant.now()));
            switch (answer) {
                case ACCEPT -> exchange.sendResponseHeaders(204, -1);
                case FAIL -> exchange.sendResponseHeaders(500, -1);
                case HANG -> {
                    Thread.sleep(hangMillis);
                    exchange.sendResponseHeaders(204, -1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up waiting
        }
    }
}
