package io.clausewatch.crawler.service;

import io.clausewatch.crawler.extract.SelectorRules;
import java.util.List;
import java.util.Map;

/**
 * What a crawl of one document needs, read in one short transaction before any network call.
 *
 * @param previous the last fetch state of each URL, by URL
 */
record CrawlPlan(
        String documentId,
        String platform,
        String type,
        int rulesVersion,
        List<String> urls,
        SelectorRules rules,
        String lastTextSha256,
        Integer lastRulesVersion,
        Map<String, PreviousPage> previous) {

    /** The stored state of one URL from the previous fetch. */
    record PreviousPage(String etag, String lastModified, String rawSha256) {}
}
