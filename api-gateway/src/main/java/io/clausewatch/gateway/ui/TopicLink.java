package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;

/** A topic in the list of topics: its id and its name for people. */
public record TopicLink(String id, String label) {

    static TopicLink of(JsonNode item) {
        String id = ProvisionDiff.text(item, "id");
        String label = ProvisionDiff.text(item, "label");
        return new TopicLink(id, label == null ? id : label);
    }
}
