package io.clausewatch.diff.service;

/**
 * What became of an offered text.
 *
 * @param status {@code recorded}, {@code duplicate} (this snapshot was already handled), {@code
 *     unchanged} (same text as the latest version) or {@code stale} (captured before the latest
 *     version, so it cannot become the latest)
 * @param version the version number recorded or matched, null when stale
 * @param changeId the change published for a recorded version, else null
 */
public record RecordOutcome(String status, Integer version, String changeId) {

    public static final String RECORDED = "recorded";
    public static final String DUPLICATE = "duplicate";
    public static final String UNCHANGED = "unchanged";
    public static final String STALE = "stale";
}
