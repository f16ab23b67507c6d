package io.clausewatch.events;

import java.util.List;

/**
 * A deterministic, size-bounded account of a change: a headline, counts, and the changed provisions
 * with their section paths.
 *
 * @param truncated true when provisions were left out to keep the event small
 */
public record ChangeSummary(
        String headline,
        int linesAdded,
        int linesRemoved,
        int provisionsChanged,
        List<String> topics,
        List<String> regulations,
        List<String> signals,
        List<ProvisionChange> provisions,
        boolean truncated) {

    /**
     * One changed provision.
     *
     * @param kind {@code added, removed, edited, moved, renumbered, split, merged}
     * @param before excerpt of the old text, null when added
     * @param after excerpt of the new text, null when removed
     * @param wordDiff the edit as inline markup: {@code [-old-]} and {@code {+new+}}
     */
    public record ProvisionChange(
            String provisionId,
            String path,
            String kind,
            String before,
            String after,
            String wordDiff,
            List<String> topics,
            List<String> signals) {}
}
