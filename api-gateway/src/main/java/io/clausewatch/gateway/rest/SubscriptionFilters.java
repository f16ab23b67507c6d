package io.clausewatch.gateway.rest;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a subscription wants delivered, as alert-service takes it. Declared here so that a misspelt
 * filter ("platform" for "platforms") is refused instead of being dropped and matching everything;
 * alert-service validates the values.
 */
public record SubscriptionFilters(
        @Size(max = 500) List<String> platforms,
        @Size(max = 500) List<String> documents,
        @Size(max = 100) List<String> types,
        @Size(max = 100) List<String> topics,
        @Size(max = 100) List<String> regulations,
        String minSignificance,
        @Size(max = 20) List<String> eventTypes) {}
