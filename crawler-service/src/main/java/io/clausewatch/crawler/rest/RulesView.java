package io.clausewatch.crawler.rest;

import java.time.Instant;
import java.util.List;

/** One version of a document's extraction rules and when it was in force. */
public record RulesView(
        int version,
        List<String> urls,
        List<String> select,
        List<String> remove,
        String checked,
        Instant validFrom,
        Instant validTo) {}
