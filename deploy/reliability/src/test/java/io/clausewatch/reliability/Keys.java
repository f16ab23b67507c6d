package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** API keys issued through the gateway for the callers of a suite. */
final class Keys {

    record Issued(String id, String key) {}

    private Keys() {}

    static Issued issue(ReliabilityStack stack, String name, String role) {
        Http.Answer answer =
                Http.post(
                        stack.gateway() + "/api/v1/keys",
                        stack.adminKey,
                        Map.of("name", name, "role", role));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Issued issued =
                new Issued(answer.json().get("id").asText(), answer.json().get("key").asText());
        stack.secrets.add(issued.key());
        return issued;
    }

    static void revoke(ReliabilityStack stack, Issued issued) {
        Http.Answer answer =
                Http.send(
                        "DELETE",
                        stack.gateway() + "/api/v1/keys/" + issued.id(),
                        stack.adminKey,
                        null,
                        null);
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
    }
}
