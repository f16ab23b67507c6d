package io.clausewatch.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for diff-service and alert-service that answer the internal contract over real HTTP, so
 * the gateway is tested through its REST clients. crawler-service points at a closed port: it plays
 * the service that is down.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, ObjectNode> SUBSCRIPTIONS = new ConcurrentHashMap<>();
    static volatile String lastChangesQuery;

    // The answers below have the shapes of diff-service's records (KnowledgeResource.TopicAnswer,
    // SearchHit and the topic list); deploy/runner EndToEndIT renders the same pages from the real
    // service.
    private static final String TOPICS =
            """
            {"items":[{"id":"ai-training","label":"AI training on user content",\
            "regulations":["GDPR Art. 6","EU AI Act Art. 10"]}],"next":null}""";

    private static final String TOPIC =
            """
            {"topic":"ai-training","label":"AI training on user content",\
            "regulations":["GDPR Art. 6","EU AI Act Art. 10"],"asOf":"2026-12-01T23:59:59.999999999Z",\
            "provisions":[{"documentId":"slack/terms-of-service","platform":"slack","version":3,\
            "provisionId":"p-77aa","path":"7 Customer data",\
            "text":"We do not train generative models on customer data."},\
            {"documentId":"zoom/privacy-policy","platform":"zoom","version":12,"provisionId":"p-4f1a",\
            "path":"4 How we use information › AI features",\
            "text":"We may use customer content to train AI models."}]}""";

    private static final String SEARCH =
            """
            {"items":[{"documentId":"zoom/privacy-policy","version":12,"provisionId":"p-4f1a",\
            "path":"4 How we use information › AI features","rank":0.09,\
            "highlight":"We may use customer content to <mark>train</mark> AI models."}],"next":null}""";

    private static final AtomicInteger IDS = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/diff/", this::diff);
        server.createContext("/alert/", this::alert);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.rest-client.diff.url",
                base + "/diff",
                "quarkus.rest-client.alert.url",
                base + "/alert",
                "quarkus.rest-client.crawler.url",
                "http://127.0.0.1:1",
                "clausewatch.gateway.admin-key",
                TestKeys.ADMIN);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    static List<DocumentChanged> changes() {
        return List.of(
                change("zoom", "privacy-policy", 12, "substantive"),
                change("slack", "terms-of-service", 3, "minor"));
    }

    static DocumentChanged change(String platform, String type, int version, String significance) {
        String documentId = platform + "/" + type;
        var provision =
                new ChangeSummary.ProvisionChange(
                        "p-4f1a",
                        "4 How we use information › AI features",
                        "edited",
                        "We will not use customer content to train AI models.",
                        "We may use customer content to train AI models.",
                        "We [-will not-]{+may+} use customer content to train AI models.",
                        List.of("ai-training"),
                        List.of("modal-shift"));
        var summary =
                new ChangeSummary(
                        "AI training: customer content may now be used",
                        1,
                        1,
                        1,
                        List.of("ai-training"),
                        List.of("GDPR Art. 6"),
                        List.of("modal-shift"),
                        List.of(provision),
                        false);
        return new DocumentChanged(
                DocumentChanged.changeIdOf(documentId, version),
                documentId,
                platform,
                type,
                version - 1,
                version,
                Instant.parse("2026-11-30T08:15:00Z").minusSeconds(3600L * version),
                significance,
                false,
                false,
                summary);
    }

    private void diff(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/diff".length());
        if (path.equals("/q/health/live")) {
            send(exchange, 200, "{\"status\":\"UP\"}");
            return;
        }
        if (path.matches("/documents/zoom/privacy-policy/versions/\\d+")) {
            boolean markdown =
                    String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))
                            .contains("markdown");
            String text = "# Privacy Policy\n\nWe may use customer content to train AI models.\n";
            if (markdown) {
                exchange.getResponseHeaders().set("Content-Type", "text/markdown");
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            } else {
                send(
                        exchange,
                        200,
                        JSON.createObjectNode().put("version", 12).put("text", text).toString());
            }
            return;
        }
        if (path.equals("/documents/slow/terms/verify")) {
            try {
                Thread.sleep(6_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{\"valid\":true}");
            return;
        }
        if (path.equals("/topics")) {
            send(exchange, 200, TOPICS);
            return;
        }
        if (path.equals("/topics/ai-training")) {
            send(exchange, 200, TOPIC);
            return;
        }
        if (path.equals("/search")) {
            send(exchange, 200, SEARCH);
            return;
        }
        if (path.equals("/changes")) {
            lastChangesQuery = exchange.getRequestURI().getRawQuery();
            String document = query(exchange.getRequestURI()).get("document");
            String items =
                    String.join(
                            ",",
                            changes().stream()
                                    .filter(
                                            c ->
                                                    document == null
                                                            || c.documentId().equals(document))
                                    .map(EventJson::write)
                                    .toList());
            send(exchange, 200, "{\"items\":[" + items + "],\"next\":null}");
            return;
        }
        if (path.startsWith("/changes/")) {
            String id = path.substring("/changes/".length());
            var found = changes().stream().filter(c -> c.changeId().equals(id)).findFirst();
            if (found.isPresent()) {
                send(exchange, 200, EventJson.write(found.get()));
            } else {
                problem(exchange, 404, "No change with id " + id + ".");
            }
            return;
        }
        problem(exchange, 404, "No resource at this path.");
    }

    private void alert(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/alert".length());
        String method = exchange.getRequestMethod();
        if (path.equals("/q/health/live")) {
            send(exchange, 200, "{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/subscriptions") && method.equals("POST")) {
            ObjectNode body = (ObjectNode) JSON.readTree(read(exchange.getRequestBody()));
            String id = "sub_" + IDS.incrementAndGet();
            body.put("id", id).put("state", "active");
            SUBSCRIPTIONS.put(id, body.deepCopy());
            send(exchange, 201, body.deepCopy().put("secret", "whsec_" + id).toString());
            return;
        }
        if (path.equals("/subscriptions") && method.equals("GET")) {
            String owner = query(exchange.getRequestURI()).get("owner");
            ArrayNode items = JSON.createArrayNode();
            SUBSCRIPTIONS.values().stream()
                    .filter(s -> owner == null || owner.equals(s.path("owner").asText()))
                    .forEach(items::add);
            send(
                    exchange,
                    200,
                    JSON.createObjectNode()
                            .<ObjectNode>set("items", items)
                            .putNull("next")
                            .toString());
            return;
        }
        String id = path.substring("/subscriptions/".length()).split("/")[0];
        ObjectNode stored = SUBSCRIPTIONS.get(id);
        if (stored == null) {
            problem(exchange, 404, "No subscription with id " + id + ".");
            return;
        }
        switch (method) {
            case "GET" -> send(exchange, 200, stored.toString());
            case "DELETE" -> {
                SUBSCRIPTIONS.remove(id);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
            case "PATCH" -> {
                JsonNode patch = JSON.readTree(read(exchange.getRequestBody()));
                stored.setAll((ObjectNode) patch);
                send(exchange, 200, stored.toString());
            }
            default -> problem(exchange, 405, "Not allowed.");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(
                        kv[0],
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void problem(HttpExchange exchange, int status, String detail)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        byte[] body =
                JSON.createObjectNode()
                        .put("title", "Not Found")
                        .put("status", status)
                        .put("detail", detail)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
