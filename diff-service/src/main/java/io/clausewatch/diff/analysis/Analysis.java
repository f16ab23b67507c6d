package io.clausewatch.diff.analysis;

import java.util.List;

/**
 * The outcome of comparing two versions.
 *
 * @param provisions the new version's provisions
 * @param provisionIds the stable id of each new provision, by ordinal
 * @param provisionTopics the topic ids of each new provision, by ordinal
 * @param changes the changed provisions in document order
 * @param matchedShare of the provisions present on both sides in some form, the share matched as
 *     unchanged, edited, moved, renumbered, split or merged rather than removed and added
 */
public record Analysis(
        List<Provision> provisions,
        List<String> provisionIds,
        List<List<String>> provisionTopics,
        List<ProvisionChange> changes,
        Significance significance,
        List<String> topics,
        List<String> regulations,
        List<String> signals,
        int linesAdded,
        int linesRemoved,
        int oldProvisionCount,
        int matchedOldProvisions) {}
