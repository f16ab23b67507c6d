package io.clausewatch.crawler.rest;

import java.util.List;

/**
 * A document declaration sent to the API: the fields of a catalog entry plus its platform. On
 * update, a field left out keeps its current value.
 */
public record DocumentRequest(
        String platform,
        String platformName,
        String type,
        String name,
        List<String> urls,
        List<String> select,
        List<String> remove,
        String interval,
        String language,
        String region,
        String checked,
        Boolean enabled) {}
