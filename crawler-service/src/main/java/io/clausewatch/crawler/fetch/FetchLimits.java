package io.clausewatch.crawler.fetch;

import java.time.Duration;

/** Bounds on one fetch, so a slow, huge or looping server ends in a classified failure. */
public record FetchLimits(
        Duration connectTimeout, Duration requestTimeout, int maxBodyBytes, int maxRedirects) {}
