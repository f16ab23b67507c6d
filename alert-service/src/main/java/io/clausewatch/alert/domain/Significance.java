package io.clausewatch.alert.domain;

import java.util.Locale;

/** How much a change matters, in increasing order. */
public enum Significance {
    COSMETIC,
    MINOR,
    SUBSTANTIVE;

    /** The level named by {@code value}, or null when it names none. */
    public static Significance parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
