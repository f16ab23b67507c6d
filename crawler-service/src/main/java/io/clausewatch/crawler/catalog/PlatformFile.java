package io.clausewatch.crawler.catalog;

import java.util.List;

/** One catalog file: a platform and the documents watched on it. */
public record PlatformFile(String platform, String name, List<DocumentDraft> documents) {}
