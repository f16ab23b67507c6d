package io.clausewatch.crawler.rest;

import java.util.List;

/** A watched document with its current rules, their history and its health. */
public record DocumentView(
        String id,
        String platform,
        String type,
        String name,
        String language,
        String region,
        boolean enabled,
        String origin,
        String interval,
        List<String> urls,
        List<String> select,
        List<String> remove,
        int rulesVersion,
        List<RulesView> rules,
        HealthView health) {}
