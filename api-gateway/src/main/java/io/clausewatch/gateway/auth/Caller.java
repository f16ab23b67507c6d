package io.clausewatch.gateway.auth;

/** The authenticated key behind a request: its id (the owner of its subscriptions) and role. */
public record Caller(String keyId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
