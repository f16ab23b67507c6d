package io.clausewatch.runner.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against a stand-in for the crawler's catalog and the diff service's version import
 * that keeps what it is sent and answers as their contracts say: 201 for a new version, 200 for one
 * it already holds.
 */
class ImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private HttpServer server;
    private final Map<String, JsonNode> catalog = new HashMap<>();
    private final Set<String> versions = new HashSet<>();
    private final List<JsonNode> posted = new ArrayList<>();
    private volatile int diffStatus;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void importsInOrderAsHistoryAndTheSecondImportChangesNothing() {
        Archive archive = archive();

        ImportSummary first = importer(false).run(archive, quietProgress());
        ImportSummary second = importer(false).run(archive, quietProgress());

        assertThat(first.catalogCreated()).isEqualTo(1);
        assertThat(first.catalogWithoutAddress()).isEqualTo(1);
        assertThat(first.versionsImported()).isEqualTo(3);
        assertThat(second.catalogCreated()).isZero();
        assertThat(second.catalogExisting()).isEqualTo(1);
        assertThat(second.versionsImported()).isZero();
        assertThat(second.versionsAlreadyPresent()).isEqualTo(3);
        assertThat(versions).hasSize(3);
        assertThat(posted.subList(0, 3))
                .extracting(p -> p.get("text").asText())
                .containsExactly("a1", "t1", "t2");
        assertThat(posted).allSatisfy(p -> assertThat(p.get("historical").asBoolean()).isTrue());
        assertThat(posted.get(1).get("capturedAt").asText()).isEqualTo("2024-01-01T00:00:00Z");
        JsonNode entry = catalog.get("acme/terms-of-service");
        assertThat(entry.get("urls").get(0).asText()).isEqualTo("https://acme.example/terms");
        assertThat(entry.get("interval").asText()).isEqualTo(Importer.CATALOG_INTERVAL);
    }

    @Test
    void alertImportsAreNotHistorical() {
        importer(true).run(archive(), quietProgress());

        assertThat(posted).allSatisfy(p -> assertThat(p.get("historical").asBoolean()).isFalse());
    }

    @Test
    void refusalNamesTheDocumentAndVersion() {
        diffStatus = 422;

        assertThatThrownBy(() -> importer(false).run(archive(), quietProgress()))
                .isInstanceOf(Importer.ImportException.class)
                .hasMessageContaining("acme/privacy-policy version 0")
                .hasMessageContaining("422: text is too large");
    }

    @Test
    void versionDatedBeforeItsPredecessorIsImportedJustAfterItAndReported() {
        Archive archive =
                ArchiveReader.read(
                        new ArchiveFiles(dir)
                                .write("acme/privacy-policy/versions/2024-03-17T06-48-06Z.md", "p1")
                                .write("acme/privacy-policy/versions/2024-03-01T06-47-40Z.md", "p2")
                                .manifest(
                                        ArchiveFiles.manifestDocument(
                                                "acme/privacy-policy",
                                                "Privacy Policy",
                                                ArchiveFiles.version(
                                                        "versions/2024-03-17T06-48-06Z.md",
                                                        0,
                                                        false),
                                                ArchiveFiles.version(
                                                        "versions/2024-03-01T06-47-40Z.md",
                                                        1,
                                                        false)))
                                .root());

        ImportSummary summary = importer(false).run(archive, quietProgress());

        assertThat(posted)
                .extracting(p -> p.get("text").asText() + "@" + p.get("capturedAt").asText())
                .containsExactly("p1@2024-03-17T06:48:06Z", "p2@2024-03-17T06:48:07Z");
        assertThat(summary.redated())
                .containsExactly(
                        "acme/privacy-policy position 1: the archive says 2024-03-01T06:47:40Z,"
                                + " imported as 2024-03-17T06:48:07Z");
        assertThat(summary.describe()).contains("redated      1 version(s)");
    }

    private Archive archive() {
        new ArchiveFiles(dir)
                .write("acme/Terms of Service/2024-02-01.md", "t2")
                .write("acme/Terms of Service/2024-01-01.md", "t1")
                .write("acme/Privacy Policy/2023-01-01.md", "a1")
                .write(
                        "acme/urls.json",
                        "{\"documents\": {\"Terms of Service\": \"https://acme.example/terms\"}}");
        return ArchiveReader.read(dir);
    }

    private Importer importer(boolean alert) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new Importer(new ServiceClient(url, null), new ServiceClient(url, null), alert);
    }

    private static ProgressBar quietProgress() {
        return new ProgressBar(new PrintStream(new ByteArrayOutputStream()), "versions", 3);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        respond(
                exchange,
                route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
    }

    private record Reply(int status, String body) {}

    private Reply route(String method, String path, JsonNode body) {
        if (method.equals("GET") && path.startsWith("/documents/")) {
            JsonNode entry = catalog.get(path.substring("/documents/".length()));
            return entry == null
                    ? new Reply(404, "{\"title\":\"Not Found\"}")
                    : new Reply(200, entry.toString());
        }
        if (method.equals("POST") && path.equals("/documents")) {
            catalog.put(body.get("platform").asText() + "/" + body.get("type").asText(), body);
            return new Reply(201, body.toString());
        }
        if (method.equals("POST") && path.endsWith("/versions")) {
            if (diffStatus != 0) {
                return new Reply(
                        diffStatus,
                        "{\"title\":\"Unprocessable\",\"detail\":\"text is too large\"}");
            }
            posted.add(body);
            String key = path + body.get("text").asText() + body.get("capturedAt").asText();
            return new Reply(versions.add(key) ? 201 : 200, "{}");
        }
        return new Reply(404, "{}");
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
