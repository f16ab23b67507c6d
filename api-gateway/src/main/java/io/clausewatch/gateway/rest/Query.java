package io.clausewatch.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the query of a relayed call, leaving out parameters the client did not send. */
final class Query {

    private final Map<String, String> values = new LinkedHashMap<>();

    static Query of() {
        return new Query();
    }

    Query put(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
        return this;
    }

    Map<String, String> map() {
        return values;
    }
}
