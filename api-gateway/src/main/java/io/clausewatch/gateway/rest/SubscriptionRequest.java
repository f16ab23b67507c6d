package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new webhook subscription as a client sends it. The owner is never taken from the client: the
 * gateway sets it to the caller's identity. An {@code owner} in the body is accepted (a client may
 * send back what it read) and replaced.
 */
public record SubscriptionRequest(
        @NotBlank
                @Size(max = 2048)
                @Pattern(regexp = "(?i)https?://.+", message = "must be an http(s) URL")
                String url,
        @Size(max = 1000) String description,
        @Valid SubscriptionFilters filters,
        String owner) {

    /** The body alert-service takes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Owned(String url, String description, SubscriptionFilters filters, String owner) {}

    Owned ownedBy(String owner) {
        return new Owned(url, description, filters, owner);
    }
}
