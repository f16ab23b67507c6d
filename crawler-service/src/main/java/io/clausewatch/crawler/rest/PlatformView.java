package io.clausewatch.crawler.rest;

import java.util.List;

/** A platform and the ids of its documents. */
public record PlatformView(String id, String name, List<String> documents) {}
