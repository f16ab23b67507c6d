package io.clausewatch.gateway.auth;

import java.util.Locale;
import java.util.Optional;

/** What a key may do. Each role includes the ones before it. */
public enum Role {
    READER,
    SUBSCRIBER,
    ADMIN;

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
