package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a subscription: a missing field keeps its value. Only these fields exist; anything
 * else in the body is refused. The owner cannot be changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionPatch(
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://.+", message = "must be an http(s) URL")
                String url,
        @Size(max = 1000) String description,
        @Valid SubscriptionFilters filters,
        @Pattern(regexp = "active|paused", message = "must be active or paused") String state) {}
