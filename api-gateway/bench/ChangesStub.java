import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A fast stand-in for diff-service in the gateway's load benchmark: 100,000 changes held in
 * memory as ready JSON, served by {@code GET /changes?limit=&cursor=} with cursor pagination, and
 * a liveness probe. It measures the gateway, not diff-service's database. Run with
 * {@code java ChangesStub.java PORT [COUNT]}.
 */
public class ChangesStub {

    public static void main(String[] args) throws IOException {
        // Without TCP_NODELAY, Nagle and delayed ACKs hold each large answer for ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String[] changes = new String[count];
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            changes[i] = change(i, start.minusSeconds(60L * i));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/changes", exchange -> page(exchange, changes));
        server.createContext("/q/health/live", exchange -> send(exchange, "{\"status\":\"UP\"}"));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("changes stub: " + count + " changes on port " + port);
    }

    private static final Map<Long, byte[]> PAGES = new ConcurrentHashMap<>();

    private static void page(HttpExchange exchange, String[] changes) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int limit = Math.max(1, Math.min(200, intParam(query, "limit", 50)));
        int offset = Math.max(0, intParam(query, "cursor", 0));
        // A page never changes here, so each is built once and then served as bytes.
        byte[] body = PAGES.computeIfAbsent(((long) offset << 8) | limit, k -> build(changes, offset, limit));
        send(exchange, body);
    }

    private static byte[] build(String[] changes, int offset, int limit) {
        StringBuilder body = new StringBuilder(limit * 1100).append("{\"items\":[");
        int end = Math.min(changes.length, offset + limit);
        for (int i = offset; i < end; i++) {
            body.append(i > offset ? "," : "").append(changes[i]);
        }
        body.append("],\"next\":").append(end < changes.length ? "\"" + end + "\"" : "null").append('}');
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String change(int i, Instant capturedAt) {
        String platform = "platform" + (i % 250);
        String type = i % 2 == 0 ? "privacy-policy" : "terms-of-service";
        int version = i / 500 + 2;
        return ("{\"changeId\":\"c-%08d\",\"documentId\":\"%s/%s\",\"platform\":\"%s\","
                        + "\"documentType\":\"%s\",\"fromVersion\":%d,\"toVersion\":%d,"
                        + "\"capturedAt\":\"%s\",\"significance\":\"substantive\","
                        + "\"historical\":false,\"flapping\":false,\"summary\":{\"headline\":"
                        + "\"AI training: customer content may now be used\",\"linesAdded\":3,"
                        + "\"linesRemoved\":1,\"provisionsChanged\":1,\"topics\":[\"ai-training\"],"
                        + "\"regulations\":[\"GDPR Art. 6\"],\"signals\":[\"modal-shift\"],"
                        + "\"provisions\":[{\"provisionId\":\"p-%d\",\"path\":\"4 How we use"
                        + " information › AI features\",\"kind\":\"edited\",\"before\":\"We will"
                        + " not use customer content to train AI models.\",\"after\":\"We may use"
                        + " customer content to train AI models.\",\"wordDiff\":\"We [-will not-]{+may+}"
                        + " use customer content to train AI models.\",\"topics\":[\"ai-training\"],"
                        + "\"signals\":[\"modal-shift\"]}],\"truncated\":false}}")
                .formatted(i, platform, type, platform, type, version - 1, version, capturedAt, i);
    }

    private static int intParam(String query, String name, int otherwise) {
        if (query == null) {
            return otherwise;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return Integer.parseInt(pair.substring(name.length() + 1));
                } catch (NumberFormatException e) {
                    return otherwise;
                }
            }
        }
        return otherwise;
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        send(exchange, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
