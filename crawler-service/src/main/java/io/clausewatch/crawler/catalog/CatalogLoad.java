package io.clausewatch.crawler.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a catalog load produced: the valid documents, the platform names, and a message for every
 * file or entry that was left out.
 */
public record CatalogLoad(
        List<DocumentSpec> documents, Map<String, String> platformNames, List<String> problems) {}
