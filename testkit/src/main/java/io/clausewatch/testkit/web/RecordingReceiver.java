package io.clausewatch.testkit.web;

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
 * A webhook endpoint on loopback that records every delivery with its headers and raw body. It
 * answers with a status the test chooses (204 by default).
 */
public final class RecordingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile int status = 204;

    private RecordingReceiver(HttpServer server) {
        this.server = server;
    }

    public static RecordingReceiver start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingReceiver receiver = new RecordingReceiver(server);
            server.createContext("/", receiver::record);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the webhook receiver", e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answerWith(int status) {
        this.status = status;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void record(HttpExchange exchange) throws IOException {
        String body;
        try (var in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var headers = exchange.getRequestHeaders();
        deliveries.add(
                new Delivery(
                        exchange.getRequestURI().getPath(),
                        headers.getFirst(WebhookSignature.HEADER_ID),
                        headers.getFirst(WebhookSignature.HEADER_TIMESTAMP),
                        headers.getFirst(WebhookSignature.HEADER_SIGNATURE),
                        headers.getFirst("Content-Type"),
                        body,
                        Instant.now()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** One request as received. */
    public record Delivery(
            String path,
            String webhookId,
            String timestamp,
            String signature,
            String contentType,
            String body,
            Instant receivedAt) {

        /** Checks the Standard Webhooks signature against a subscription's secret. */
        public WebhookSignature.Result verify(String secret) {
            return WebhookSignature.forSecret(secret).verify(webhookId, timestamp, signature, body);
        }
    }
}
