package io.clausewatch.gateway.auth;

/**
 * Who is behind a request: an API key (its id, {@code key_...}) or an OIDC token (its subject,
 * {@code oidc:<sub>}); that id owns subscriptions. And the role.
 */
public record Caller(String keyId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
