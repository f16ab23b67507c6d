package io.clausewatch.crawler.rest;

import java.time.Instant;
import java.util.List;

/** A snapshot the crawler published: which text, from which raw bodies, under which rules. */
public record SnapshotView(
        long id,
        String documentId,
        Instant capturedAt,
        String textSha256,
        List<String> rawSha256,
        int rulesVersion,
        boolean reextraction) {}
