package io.clausewatch.runner.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clausewatch.runner.archive.ArchiveDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The web as the replay shows it: each document's page at its own address, answering with the
 * version currently set for it, rendered with new chrome on every request. Documents get their own
 * loopback host (127.0.0.10, 127.0.0.11, ...) where the system allows, as the documents of
 * different sites would; the crawler's per-host politeness then paces each document, not all of
 * them together.
 */
public final class ReplaySite implements AutoCloseable {

    private static final int FIRST_HOST = 10;

    private final Map<String, DocumentPage> pages = new HashMap<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final PageRenderer renderer = new PageRenderer();
    private final Clock clock;

    private ReplaySite(Clock clock) {
        this.clock = clock;
    }

    public static ReplaySite start(List<ArchiveDocument> documents, Clock clock) {
        ReplaySite site = new ReplaySite(clock);
        try {
            for (int i = 0; i < documents.size(); i++) {
                site.add(documents.get(i), i);
            }
            return site;
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException("could not start the replay site", e);
        }
    }

    private void add(ArchiveDocument document, int index) throws IOException {
        HttpServer server = bind(index);
        String path = "/" + document.id();
        DocumentPage page =
                new DocumentPage(
                        document,
                        "http://"
                                + server.getAddress().getHostString()
                                + ":"
                                + server.getAddress().getPort()
                                + path);
        pages.put(document.id(), page);
        server.createContext(path, exchange -> serve(exchange, page));
        server.createContext("/robots.txt", ReplaySite::robots);
        server.setExecutor(executor);
        server.start();
        servers.add(server);
    }

    private static HttpServer bind(int index) throws IOException {
        int host = FIRST_HOST + index;
        if (host < 255) {
            try {
                InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
                return HttpServer.create(new InetSocketAddress(address, 0), 0);
            } catch (IOException e) {
                // This system routes only 127.0.0.1: all documents share it.
            }
        }
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }

    public DocumentPage page(String documentId) {
        DocumentPage page = pages.get(documentId);
        if (page == null) {
            throw new IllegalArgumentException("not replayed here: " + documentId);
        }
        return page;
    }

    /** Every request answered so far, of every document. */
    public List<Fetch> fetches() {
        List<Fetch> all = new ArrayList<>();
        pages.values().forEach(page -> all.addAll(page.fetches()));
        return all;
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange, DocumentPage page) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(page.path())) {
            respond(exchange, 404, "text/plain", "not found");
            return;
        }
        DocumentPage.Current current = page.current();
        if (current == null) {
            respond(exchange, 404, "text/plain", "not published yet");
            return;
        }
        PageRenderer.Chrome chrome =
                PageRenderer.Chrome.random(new SplittableRandom(), clock.instant());
        String html = renderer.page(current.title(), current.markdown(), chrome);
        page.recordFetch(current.position(), clock.instant());
        respond(exchange, 200, "text/html; charset=utf-8", html);
    }

    private static void robots(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
