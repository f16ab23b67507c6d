package io.clausewatch.alert.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CloudEvents 1.0 structured JSON form of an event: the body of every webhook. */
public final class CloudEventBody {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEventBody() {}

    public static String render(IncomingEvent event) {
        try {
            ObjectNode body = MAPPER.createObjectNode();
            body.put("specversion", "1.0");
            body.put("id", event.id());
            body.put("type", event.type());
            body.put("source", event.source());
            if (event.subject() != null) {
                body.put("subject", event.subject());
            }
            body.put("time", event.time().toString());
            body.put("datacontenttype", "application/json");
            body.set("data", MAPPER.readTree(event.dataJson()));
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not JSON: " + e.getOriginalMessage());
        }
    }
}
