package io.clausewatch.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A new webhook subscription as a client sends it. The owner is never taken from the client: the
 * gateway sets it to the caller's key id.
 */
public record SubscriptionRequest(
        @NotBlank
                @Size(max = 2048)
                @Pattern(regexp = "(?i)https?://.+", message = "must be an http(s) URL")
                String url,
        @Size(max = 1000) String description,
        Map<String, Object> filters) {

    /** The body alert-service takes. */
    record Owned(String url, String description, Map<String, Object> filters, String owner) {}

    Owned ownedBy(String owner) {
        return new Owned(url, description, filters == null ? Map.of() : filters, owner);
    }
}
