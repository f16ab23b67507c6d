package io.clausewatch.alert.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.clausewatch.alert.domain.Filters;
import java.time.Instant;

/**
 * A subscription as its owner sees it. {@code secret} is present only in the answer that created or
 * rotated it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        String id,
        String url,
        String description,
        Filters filters,
        String state,
        String disabledReason,
        String owner,
        Instant createdAt,
        Instant failingSince,
        String secret) {}
