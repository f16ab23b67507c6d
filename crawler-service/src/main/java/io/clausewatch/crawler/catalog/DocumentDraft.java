package io.clausewatch.crawler.catalog;

import java.util.List;

/**
 * A document declaration as written, before validation: one entry of a platform file, or the body
 * of an API request.
 */
public record DocumentDraft(
        String type,
        String name,
        List<String> urls,
        List<String> select,
        List<String> remove,
        String interval,
        String language,
        String region,
        String checked) {}
