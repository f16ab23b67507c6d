package io.clausewatch.gateway.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An API key as clients see it. {@code key} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(
        String id,
        String name,
        String role,
        String prefix,
        Instant createdAt,
        Instant revokedAt,
        String key) {

    static KeyView of(ApiKey stored, String key) {
        return new KeyView(
                stored.id,
                stored.name,
                stored.role,
                stored.keyPrefix,
                stored.createdAt,
                stored.revokedAt,
                key);
    }
}
