package io.clausewatch.diff.analysis;

import java.util.List;

/**
 * One changed provision with everything said about it.
 *
 * @param provisionId the stable id the provision carries in the new version (the old one when
 *     removed)
 * @param ordinal the position in the new version, or in the old one when removed
 * @param before the old text (joined with a blank line when merged), null when added
 * @param after the new text (joined when split), null when removed
 * @param wordDiff inline markup, {@code [-old-]{+new+}}; null for additions and removals
 */
public record ProvisionChange(
        String provisionId,
        int ordinal,
        String kind,
        String path,
        String before,
        String after,
        String wordDiff,
        List<String> topics,
        List<String> regulations,
        List<String> signals,
        Significance significance) {}
