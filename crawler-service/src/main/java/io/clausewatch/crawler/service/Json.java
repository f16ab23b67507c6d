package io.clausewatch.crawler.service;

import io.clausewatch.events.EventJson;
import java.util.Arrays;
import java.util.List;

/** Lists stored as JSON arrays in text columns. */
final class Json {

    private Json() {}

    static String list(List<String> values) {
        return EventJson.write(values);
    }

    static List<String> list(String json) {
        return json == null ? List.of() : Arrays.asList(EventJson.read(json, String[].class));
    }
}
