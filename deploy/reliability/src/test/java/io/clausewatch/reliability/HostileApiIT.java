package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every gateway route fed malformed JSON, wrong types, huge bodies, unicode edge cases, injection
 * strings in every filter and id, path traversal in ids and hostile webhook and catalog URLs: each
 * answer is a problem (never a 500) and the stored data does not change.
 */
class HostileApiIT {

    static final List<String> INJECTIONS =
            List.of(
                    "' OR '1'='1",
                    "1; DROP TABLE document_version;--",
                    "\" OR \"\"=\"",
                    "${jndi:ldap://127.0.0.1:1389/a}",
                    "#{7*7}",
                    "{{7*7}}",
                    "<script>alert(1)</script>",
                    "$(id)",
                    "`id`",
                    "%27%20OR%201=1",
                    "*",
                    "%",
                    "_",
                    "\\",
                    "null",
                    "-1",
                    "99999999999999999999",
                    "a\r\nSet-Cookie: x=1");

    static final List<String> TRAVERSALS =
            List.of(
                    "..",
                    "../../etc/passwd",
                    "..%2F..%2Fetc%2Fpasswd",
                    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                    "%252e%252e%252f",
                    "....//....//etc/passwd",
                    "..;/..;/",
                    "..\\..\\windows\\win.ini",
                    "%00",
                    "a%00.json",
                    "%c0%ae%c0%ae/");

    static final List<String> UNICODE =
            List.of(
                    "\u202Eevil\u202C",
                    "zero\u200Bwidth\uFEFF",
                    "emoji \uD83D\uDCA9\uD83E\uDD16",
                    "\u0000nul",
                    "\uFFFF\uFFFE",
                    "Z\u0301\u0302\u0303\u0304\u0305",
                    "\u4E2D\u6587\u30C6\u30B9\u30C8",
                    "\uD800",
                    "\uDC00alone");

    private static ReliabilityStack stack;
    private static String admin;
    private static String subscriber;
    private static String subscription;
    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static SoftAssertions SOFTLY = new SoftAssertions();

    @BeforeAll
    static void keys() {
        stack = ReliabilityStack.get();
        // The first crawl of the fault documents must be over, or its versions count as a change.
        org.awaitility.Awaitility.await("first versions recorded")
                .atMost(java.time.Duration.ofSeconds(120))
                .until(
                        () ->
                                Http.get(stack.diff() + "/changes?platform=" + stack.platform, null)
                                                .json()
                                                .path("items")
                                                .size()
                                        >= ReliabilityStack.FAULT_TYPES.size());
        admin = Keys.issue(stack, "hostile admin", "admin").key();
        subscriber = Keys.issue(stack, "hostile subscriber", "subscriber").key();
        Http.Answer created =
                Http.send(
                        "POST",
                        stack.gateway() + "/api/v1/subscriptions",
                        subscriber,
                        Http.write(
                                Map.of(
                                        "url", stack.receiver.url("/hooks/hostile"),
                                        "filters", Map.of("platforms", List.of("hostile-none")))),
                        "application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        subscription = created.json().get("id").asText();
        stack.secrets.add(created.json().get("secret").asText());
    }

    /** Strict: every refusal a 4xx problem document. Lenient: never a 500, nothing changed. */
    private static boolean strict;

    @Test
    void hostileRequestsNeverCrashTheGatewayAndChangeNothing() {
        strict = false;
        runAll();
    }

    @Test
    void hostileRequestsGetProblemsAndChangeNothing() {
        strict = true;
        runAll();
    }

    private static void runAll() {
        SOFTLY = new SoftAssertions();
        COUNTS.clear();
        String before = storedState();

        malformedJson();
        wrongTypes();
        hugeBodies();
        unicodeEdges();
        injectionsInFiltersAndIds();
        traversalInIds();
        hostileWebhookUrls();
        hostileCatalogUrls();

        assertThat(storedState()).as("stored data after the hostile requests").isEqualTo(before);
        int total = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%nhostile API inputs per class (%d in all)%n", total);
        COUNTS.forEach((k, v) -> System.out.printf("  %-24s %5d%n", k, v));
        SOFTLY.assertAll();
    }

    /** Bodies for every route that reads one. */
    private static List<String[]> bodyRoutes() {
        return List.of(
                new String[] {"POST", "/api/v1/subscriptions", subscriber},
                new String[] {"PATCH", "/api/v1/subscriptions/" + subscription, subscriber},
                new String[] {"POST", "/api/v1/keys", admin},
                new String[] {"POST", "/api/v1/documents", admin},
                new String[] {
                    "PUT", "/api/v1/documents/" + stack.platform + "/cookie-policy", admin
                });
    }

    private static void malformedJson() {
        List<String> bodies =
                List.of(
                        "{",
                        "{\"url\":",
                        "}",
                        "",
                        "not json",
                        "{\"a\":1}trailing",
                        "{\"url\":\"http://x\",}",
                        "{'url':'http://x'}",
                        "\u0000",
                        "[".repeat(5_000),
                        "{\"a\":".repeat(3_000),
                        "{\"url\":\"\\uZZZZ\"}",
                        "{\"url\":\"http://x\" \"role\":\"reader\"}",
                        "{\"name\":\"x\",\"name\":\"y\",\"role\":\"nobody\"}");
        for (String[] route : bodyRoutes()) {
            for (String body : bodies) {
                expectProblem("malformed-json", route[0], route[1], route[2], body);
            }
        }
    }

    private static void wrongTypes() {
        List<String> bodies =
                List.of(
                        "null",
                        "[]",
                        "42",
                        "\"a string\"",
                        "true",
                        "{\"url\":5,\"name\":5,\"role\":5,\"urls\":5,\"platform\":5,\"type\":5}",
                        "{\"url\":[\"http://x\"],\"name\":[],\"role\":{},\"urls\":\"http://x\"}",
                        "{\"url\":null,\"name\":null,\"role\":null,\"urls\":null}",
                        "{\"filters\":\"all\",\"url\":{}}",
                        "{\"filters\":{\"platforms\":\"x\"},\"url\":1.5}",
                        "{\"state\":12,\"url\":false}",
                        "{\"interval\":\"forever\",\"urls\":[1,2],\"type\":\"no-such-type\"}",
                        "{\"role\":\"superuser\",\"name\":\"x\"}");
        for (String[] route : bodyRoutes()) {
            for (String body : bodies) {
                expectProblem("wrong-types", route[0], route[1], route[2], body);
            }
        }
        for (String query :
                List.of(
                        "limit=abc",
                        "limit=-1",
                        "limit=0",
                        "limit=100000",
                        "since=yesterday",
                        "until=2026-13-45",
                        "significance=huge",
                        "cursor=%FF%FE",
                        "limit=1e9")) {
            expectProblem("wrong-types", "GET", "/api/v1/changes?" + query, admin, null);
        }
        expectProblem("wrong-types", "GET", docPath() + "/versions/abc", admin, null);
        expectProblem("wrong-types", "GET", docPath() + "/versions/-3", admin, null);
        expectProblem("wrong-types", "GET", docPath() + "/diff?from=x&to=2", admin, null);
        expectProblem(
                "wrong-types", "GET", docPath() + "/diff?from=1&to=2&format=pdf", admin, null);
        expectProblem("wrong-types", "GET", docPath() + "/as-of?date=not-a-date", admin, null);
    }

    private static void hugeBodies() {
        String huge = "{\"url\":\"http://example.com/" + "a".repeat(300_000) + "\"}";
        String hugeName = "{\"name\":\"" + "n".repeat(200_000) + "\",\"role\":\"reader\"}";
        String manyFilters =
                "{\"url\":\"https://example.com/h\",\"filters\":{\"platforms\":["
                        + "\"p\",".repeat(40_000)
                        + "\"p\"]}}";
        String twoMegabytes = "[" + "1,".repeat(1_000_000) + "1]";
        for (String[] route : bodyRoutes()) {
            for (String body : List.of(huge, hugeName, manyFilters, twoMegabytes)) {
                expectProblem("huge-bodies", route[0], route[1], route[2], body);
            }
        }
        expectProblem(
                "huge-bodies", "GET", "/api/v1/changes?document=" + "d".repeat(8_000), admin, null);
        expectProblem("huge-bodies", "GET", "/api/v1/search?q=" + "q".repeat(5_000), admin, null);
    }

    private static void unicodeEdges() {
        for (String text : UNICODE) {
            String json = Http.write(text);
            expectProblem(
                    "unicode",
                    "POST",
                    "/api/v1/keys",
                    admin,
                    "{\"name\":" + json + ",\"role\":" + json + "}");
            expectProblem(
                    "unicode",
                    "POST",
                    "/api/v1/subscriptions",
                    subscriber,
                    "{\"url\":\"http://" + text + ".example/\",\"description\":" + json + "}");
            expectProblem(
                    "unicode",
                    "POST",
                    "/api/v1/documents",
                    admin,
                    "{\"platform\":" + json + ",\"type\":" + json + ",\"urls\":[" + json + "]}");
            expectNoCrash("unicode", "GET", "/api/v1/changes?document=" + encode(text), admin);
            expectNoCrash("unicode", "GET", "/api/v1/search?q=" + encode(text), admin);
            expectProblem(
                    "unicode", "GET", "/api/v1/subscriptions/" + encode(text), subscriber, null);
        }
    }

    private static void injectionsInFiltersAndIds() {
        List<String> filters =
                List.of(
                        "platform",
                        "document",
                        "type",
                        "topic",
                        "regulation",
                        "significance",
                        "since",
                        "until",
                        "cursor",
                        "limit");
        for (String injection : INJECTIONS) {
            String value = encode(injection);
            for (String filter : filters) {
                expectNoCrash("injection", "GET", "/api/v1/changes?" + filter + "=" + value, admin);
            }
            expectNoCrash("injection", "GET", "/api/v1/search?q=" + value, admin);
            expectNoCrash("injection", "GET", "/api/v1/subscriptions?owner=" + value, admin);
            expectNoCrash("injection", "GET", "/api/v1/documents?platform=" + value, admin);
            for (String path : idRoutes(value)) {
                expectNoCrash("injection", "GET", path, admin);
            }
            expectNoCrash("injection", "DELETE", "/api/v1/keys/" + value, admin);
            expectNoCrash("injection", "DELETE", "/api/v1/subscriptions/" + value, admin);
            expectNoCrash("injection", "POST", "/api/v1/subscriptions/" + value + "/test", admin);
            expectProblem(
                    "injection",
                    "PATCH",
                    "/api/v1/subscriptions/" + subscription,
                    subscriber,
                    "{\"state\":" + Http.write(injection) + "}");
            expectProblem(
                    "injection",
                    "POST",
                    "/api/v1/subscriptions",
                    subscriber,
                    Http.write(
                            Map.of(
                                    "url",
                                    "https://example.com/h",
                                    "filters",
                                    Map.of(
                                            "platforms", List.of(injection),
                                            "minSignificance", injection,
                                            "eventTypes", List.of(injection)))));
        }
    }

    private static void traversalInIds() {
        for (String traversal : TRAVERSALS) {
            for (String path : idRoutes(traversal)) {
                expectNoCrash("path-traversal", "GET", path, admin);
            }
            expectNoCrash("path-traversal", "DELETE", "/api/v1/keys/" + traversal, admin);
            expectNoCrash(
                    "path-traversal", "DELETE", "/api/v1/documents/" + traversal + "/x", admin);
            expectNoCrash(
                    "path-traversal",
                    "POST",
                    "/api/v1/subscriptions/" + traversal + "/test",
                    admin);
        }
    }

    private static void hostileWebhookUrls() {
        List<String> urls = new ArrayList<>(SsrfGuardsTest.MALFORMED);
        // Closed even where the local allow-list opens loopback and private networks.
        urls.addAll(
                List.of(
                        "http://169.254.169.254/latest/meta-data/",
                        "http://2852039166/",
                        "http://0xa9fea9fe/",
                        "http://0251.0376.0251.0376/",
                        "http://[::ffff:169.254.169.254]/",
                        "http://[::ffff:a9fe:a9fe]/",
                        "http://metadata.google.internal/computeMetadata/v1/",
                        "http://metadata/",
                        "http://100.100.100.200/",
                        "http://169.254.1.1/",
                        "http://[fe80::1]/",
                        "http://0.0.0.0/",
                        "http://0/",
                        "http://[::]/",
                        "http://224.0.0.1/",
                        "http://255.255.255.255/",
                        "http://192.0.2.10/",
                        "http://2130706433/",
                        "http://0177.0.0.1/",
                        "http://0x7f.0.0.1/",
                        "http://0x7f000001/",
                        "http://127.1/",
                        "https://example.com/#fragment",
                        "http://" + "a".repeat(2_100) + ".example/"));
        for (String url : urls) {
            expectProblem(
                    "ssrf-webhook",
                    "POST",
                    "/api/v1/subscriptions",
                    subscriber,
                    Http.write(Map.of("url", url, "description", "ssrf")));
            expectProblem(
                    "ssrf-webhook",
                    "PATCH",
                    "/api/v1/subscriptions/" + subscription,
                    subscriber,
                    Http.write(Map.of("url", url)));
        }
    }

    private static void hostileCatalogUrls() {
        for (String url : SsrfGuardsTest.MALFORMED) {
            expectProblem(
                    "ssrf-catalog",
                    "POST",
                    "/api/v1/documents",
                    admin,
                    Http.write(
                            Map.of(
                                    "platform",
                                    "ssrf" + stack.run,
                                    "type",
                                    "terms-of-service",
                                    "name",
                                    "SSRF",
                                    "urls",
                                    List.of(url))));
        }
    }

    private static List<String> idRoutes(String id) {
        return List.of(
                "/api/v1/changes/" + id,
                "/api/v1/platforms/" + id,
                "/api/v1/documents/" + id + "/terms-of-service",
                "/api/v1/documents/" + stack.platform + "/" + id,
                "/api/v1/documents/" + id + "/" + id + "/versions",
                "/api/v1/documents/" + id + "/x/verify",
                "/api/v1/topics/" + id,
                "/api/v1/provisions/" + id + "/history",
                "/api/v1/subscriptions/" + id,
                "/api/v1/subscriptions/" + id + "/deliveries",
                "/api/v1/subscriptions/" + subscription + "/deliveries/" + id + "/redeliver");
    }

    private static String docPath() {
        return "/api/v1/documents/" + stack.documentId(ReliabilityStack.FAULT_TYPES.getFirst());
    }

    /** A hostile request that must be refused with a problem. */
    private static void expectProblem(
            String hostileClass, String method, String path, String key, String body) {
        Http.Answer answer = call(hostileClass, method, path, key, body);
        if (answer == null) {
            return;
        }
        if (!strict && !hostileClass.startsWith("ssrf")) {
            SOFTLY.assertThat(answer.status())
                    .as("%s %s [%s] -> %s", method, shorten(path), shorten(body), answer.body())
                    .isNotEqualTo(500);
            return;
        }
        SOFTLY.assertThat(answer.status())
                .as(
                        "%s %s [%s] -> %s",
                        method, shorten(path), shorten(body), shorten(answer.body()))
                .isBetween(400, 499);
        SOFTLY.assertThat(answer.isProblem())
                .as(
                        "%s %s [%s] answers application/problem+json, got %s",
                        method, shorten(path), shorten(body), answer.contentType())
                .isTrue();
    }

    /** A hostile request that may succeed as a plain query, but never crashes or leaks. */
    private static void expectNoCrash(String hostileClass, String method, String path, String key) {
        Http.Answer answer = call(hostileClass, method, path, key, null);
        if (answer == null) {
            return;
        }
        SOFTLY.assertThat(answer.status())
                .as("%s %s -> %s", method, shorten(path), shorten(answer.body()))
                .isNotEqualTo(500);
        if (strict && answer.status() >= 500) {
            SOFTLY.fail("%s %s -> %d", method, shorten(path), answer.status());
        }
        if (strict && answer.status() >= 400) {
            SOFTLY.assertThat(answer.isProblem())
                    .as(
                            "%s %s answers application/problem+json, got %s %s",
                            method, shorten(path), answer.status(), answer.contentType())
                    .isTrue();
        }
        SOFTLY.assertThat(answer.body())
                .as("%s %s leaks no internals", method, shorten(path))
                .doesNotContain("Exception", "at io.", "org.hibernate", "SQLState");
    }

    private static Http.Answer call(
            String hostileClass, String method, String path, String key, String body) {
        COUNTS.merge(hostileClass, 1, Integer::sum);
        try {
            return Http.send(
                    method,
                    stack.gateway() + path,
                    key,
                    body,
                    body == null ? null : "application/json");
        } catch (IllegalArgumentException e) {
            // a path the HTTP client itself refuses to send never reaches the gateway
            return null;
        } catch (RuntimeException e) {
            SOFTLY.fail("%s %s: no answer (%s)", method, shorten(path), e.getMessage());
            return null;
        }
    }

    /** What the hostile requests must not change: keys, subscriptions, documents and changes. */
    private static String storedState() {
        StringBuilder state = new StringBuilder();
        for (String path :
                List.of(
                        "/api/v1/keys",
                        "/api/v1/subscriptions?limit=200",
                        "/api/v1/documents?limit=200",
                        "/api/v1/changes?limit=200&platform=" + stack.platform)) {
            Http.Answer answer = Http.get(stack.gateway() + path, admin);
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
            var json = answer.json();
            var items = json.isArray() ? json : json.path("items");
            state.append(path).append('=').append(items.size()).append('\n');
            if (path.startsWith("/api/v1/subscriptions")) {
                items.forEach(
                        s -> {
                            if (s.path("id").asText().equals(subscription)) {
                                state.append("mine=").append(s).append('\n');
                            }
                        });
            }
        }
        return state.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
