package io.clausewatch.runner.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.runner.archive.ServiceClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a document's changes from the gateway's change list, every page of it. */
final class ChangeFeed {

    private static final int PAGE = 100;
    private static final int MAX_ATTEMPTS = 10;
    private static final java.time.Duration RATE_LIMIT_PAUSE = java.time.Duration.ofSeconds(1);

    private final ServiceClient gateway;

    ChangeFeed(ServiceClient gateway) {
        this.gateway = gateway;
    }

    List<RecordedChange> changes(String documentId) {
        List<RecordedChange> changes = new ArrayList<>();
        String cursor = null;
        do {
            String path =
                    "/api/v1/changes?document="
                            + documentId
                            + "&limit="
                            + PAGE
                            + (cursor == null ? "" : "&cursor=" + encode(cursor));
            ServiceClient.Answer answer = getPolitely(path);
            if (!answer.ok()) {
                throw new IllegalStateException(
                        "GET " + path + " answered " + answer.status() + ": " + answer.problem());
            }
            JsonNode page = answer.json();
            page.path("items").forEach(item -> changes.add(change(item)));
            JsonNode next = page.path("next");
            cursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
        } while (cursor != null);
        return changes;
    }

    /** The gateway limits requests per key; on 429 the request waits as told and goes again. */
    private ServiceClient.Answer getPolitely(String path) {
        for (int attempt = 1; ; attempt++) {
            ServiceClient.Answer answer = gateway.get(path);
            if (answer.status() != 429 || attempt == MAX_ATTEMPTS) {
                return answer;
            }
            try {
                Thread.sleep(RATE_LIMIT_PAUSE.toMillis() * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    static RecordedChange change(JsonNode item) {
        int from = item.path("fromVersion").asInt(0);
        return new RecordedChange(
                item.path("changeId").asText(),
                from > 0 ? from : null,
                item.path("toVersion").asInt(),
                instant(item.path("capturedAt").asText("")),
                item.path("significance").asText("unknown"),
                strings(item.path("summary").path("topics")),
                strings(item.path("summary").path("signals")),
                item.path("historical").asBoolean(false),
                item.path("flapping").asBoolean(false));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(
                    value.isTextual() ? value.asText() : value.path("id").asText(value.toString()));
        }
        return values;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
