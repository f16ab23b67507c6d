package io.clausewatch.diff.analysis;

import java.util.Locale;

/** How much a change matters, in increasing order. */
public enum Significance {
    COSMETIC,
    MINOR,
    SUBSTANTIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int rank() {
        return ordinal();
    }

    public Significance max(Significance other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Parses {@code cosmetic}, {@code minor} or {@code substantive}; null when unknown. */
    public static Significance parse(String value) {
        for (Significance s : values()) {
            if (s.id().equalsIgnoreCase(value)) {
                return s;
            }
        }
        return null;
    }
}
