package io.clausewatch.alert.rest;

import io.clausewatch.alert.domain.Filters;

/**
 * The body of a create or edit. On edit, a missing field keeps its value.
 *
 * @param state {@code active} or {@code paused}; only on edit
 */
public record SubscriptionRequest(
        String url, String description, Filters filters, String owner, String state) {}
