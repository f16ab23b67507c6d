package io.clausewatch.alert.domain;

import java.util.Locale;

/** Whether a subscription receives deliveries. Only the owner can pause; the service disables. */
public enum SubscriptionState {
    ACTIVE,
    PAUSED,
    DISABLED;

    public static SubscriptionState parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
