package io.clausewatch.diff.analysis;

import java.util.List;

/**
 * How provisions of the old version correspond to provisions of the new one.
 *
 * @param kind one of the constants below
 * @param before ordinals in the old version, empty when added
 * @param after ordinals in the new version, empty when removed
 * @param similarity word overlap between the two sides, 1 when identical
 */
public record Match(String kind, List<Integer> before, List<Integer> after, double similarity) {

    public static final String UNCHANGED = "unchanged";
    public static final String EDITED = "edited";
    public static final String MOVED = "moved";
    public static final String RENUMBERED = "renumbered";
    public static final String SPLIT = "split";
    public static final String MERGED = "merged";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";

    public boolean isChange() {
        return !UNCHANGED.equals(kind);
    }

    /** True when the provision exists on both sides rather than being removed and added. */
    public boolean isMatched() {
        return !before.isEmpty() && !after.isEmpty();
    }
}
