package io.clausewatch.crawler.rest;

import java.time.Instant;

/**
 * A snapshot's text extracted again from the archived raw pages with the rules in force when it was
 * captured.
 *
 * @param matchesPublished true when the text is byte for byte the one published then
 */
public record SnapshotText(
        long id,
        Instant capturedAt,
        int rulesVersion,
        String textSha256,
        boolean matchesPublished,
        String text) {}
