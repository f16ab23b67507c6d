package io.clausewatch.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on loopback serving pages as raw bytes, each optionally slow, counting the requests
 * that arrived and the ones still being answered.
 */
final class Site implements AutoCloseable {

    private record Page(int status, String contentType, byte[] body, long delayMillis) {}

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    private Site(HttpServer server) {
        this.server = server;
    }

    static Site start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Site site = new Site(server);
            server.createContext("/", site::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fixture site", e);
        }
    }

    void html(String path, String html) {
        bytes(
                path,
                "text/html; charset=utf-8",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void bytes(String path, String contentType, byte[] body) {
        pages.put(path, new Page(200, contentType, body, 0));
    }

    /** Serves the page as it is, but only after the delay. */
    void slow(String path, long delayMillis) {
        pages.computeIfPresent(
                path, (p, page) -> new Page(page.status, page.contentType, page.body, delayMillis));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    int inFlight(String path) {
        return inFlight.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        AtomicInteger running = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
        running.incrementAndGet();
        try (exchange) {
            Page page = pages.get(path);
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page.delayMillis > 0) {
                Thread.sleep(page.delayMillis);
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType);
            exchange.sendResponseHeaders(
                    page.status, page.body.length == 0 ? -1 : page.body.length);
            exchange.getResponseBody().write(page.body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the crawler hung up: a killed crawler does exactly that
        } finally {
            running.decrementAndGet();
        }
    }
}
