package io.clausewatch.testkit.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A web site on loopback whose pages tests set and change; it counts the requests it serves. */
public final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private FixtureSite(HttpServer server) {
        this.server = server;
    }

    public static FixtureSite start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FixtureSite site = new FixtureSite(server);
            server.createContext("/", site::serve);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fixture site", e);
        }
    }

    /** Serves an HTML page at a path, replacing what was there. */
    public void html(String path, String html) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", html));
    }

    public void page(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Page page = pages.getOrDefault(path, new Page(404, "text/plain", "not found"));
        byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
        exchange.sendResponseHeaders(page.status(), body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Page(int status, String contentType, String body) {}
}
