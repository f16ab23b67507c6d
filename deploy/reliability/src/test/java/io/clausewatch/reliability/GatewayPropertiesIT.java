package io.clausewatch.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.assertj.core.api.Assertions;

/**
 * Properties of the running gateway over generated input: any string as an id, a filter or a JSON
 * field gets an answer below 500, and every refusal is a problem document.
 */
class GatewayPropertiesIT {

    private static final Map<String, Integer> COUNTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Property(tries = 150)
    void anyIdInAnyRouteIsAnsweredWithoutACrash(
            @ForAll("hostileStrings") String id, @ForAll("idRoutes") String route) {
        ReliabilityStack stack = ReliabilityStack.get();
        String path = route.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertSane(Http.get(stack.gateway() + path, stack.adminKey), "GET " + path);
        COUNTS.merge("generated-ids", 1, Integer::sum);
    }

    @Property(tries = 100)
    void anyFilterValueIsAnsweredWithoutACrash(
            @ForAll("hostileStrings") String value, @ForAll("filters") String filter) {
        ReliabilityStack stack = ReliabilityStack.get();
        String path =
                "/api/v1/changes?"
                        + filter
                        + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8);
        assertSane(Http.get(stack.gateway() + path, stack.adminKey), "GET " + path);
        COUNTS.merge("generated-filters", 1, Integer::sum);
    }

    @Property(tries = 100)
    void anyKeyRequestIsEitherIssuedOrRefusedAsAProblem(
            @ForAll("hostileStrings") String name, @ForAll("hostileStrings") String role) {
        ReliabilityStack stack = ReliabilityStack.get();
        Http.Answer answer =
                Http.post(
                        stack.gateway() + "/api/v1/keys",
                        stack.adminKey,
                        Map.of("name", name, "role", role));
        assertSane(answer, "POST /api/v1/keys " + name + " / " + role);
        if (answer.status() == 201) {
            stack.secrets.add(answer.json().get("key").asText());
        }
        COUNTS.merge("generated-key-requests", 1, Integer::sum);
    }

    @AfterContainer
    static void printCounts() {
        System.out.printf("%ngenerated gateway inputs: %s%n", new java.util.TreeMap<>(COUNTS));
    }

    private static void assertSane(Http.Answer answer, String request) {
        // Never a crash of the gateway itself; a backend's own failure surfaces as 502/503.
        Assertions.assertThat(answer.status())
                .as(request + " -> " + answer.body())
                .isNotEqualTo(500);
        if (answer.status() >= 400) {
            Assertions.assertThat(answer.isProblem())
                    .as(request + " answers a problem, got " + answer.contentType())
                    .isTrue();
        }
    }

    @Provide
    Arbitrary<String> hostileStrings() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(300);
        Arbitrary<String> special =
                Arbitraries.of(
                        List.of(
                                "..",
                                "../../etc/passwd",
                                "%2e%2e%2f",
                                "' OR 1=1 --",
                                "${jndi:ldap://x/a}",
                                "\u202E\u200B\uFEFF",
                                "\uD800",
                                "a".repeat(5_000),
                                "reader",
                                "admin"));
        Arbitrary<String> spliced = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(40);
        return Arbitraries.oneOf(any, special, spliced);
    }

    @Provide
    Arbitrary<String> idRoutes() {
        return Arbitraries.of(
                "/api/v1/changes/{id}",
                "/api/v1/platforms/{id}",
                "/api/v1/documents/{id}/terms-of-service",
                "/api/v1/documents/x/{id}/versions",
                "/api/v1/documents/x/y/versions/{id}",
                "/api/v1/topics/{id}",
                "/api/v1/provisions/{id}/history",
                "/api/v1/subscriptions/{id}",
                "/api/v1/subscriptions/{id}/stats",
                "/api/v1/search?q={id}");
    }

    @Provide
    Arbitrary<String> filters() {
        return Arbitraries.of(
                "platform",
                "document",
                "type",
                "topic",
                "regulation",
                "significance",
                "since",
                "until",
                "limit",
                "cursor");
    }
}
