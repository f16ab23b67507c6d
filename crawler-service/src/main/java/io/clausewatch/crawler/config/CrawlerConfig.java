package io.clausewatch.crawler.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the crawler fetches: identity, politeness and the limits that keep bad servers harmless. */
@ConfigMapping(prefix = "clausewatch.crawler")
public interface CrawlerConfig {

    /** Fetch loopback, private and link-local addresses; only for local runs and tests. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("ClausewatchBot/0.1 (+https://clausewatch.io/bot)")
    String userAgent();

    /** Least time between two requests to one host. */
    @WithDefault("1s")
    Duration hostDelay();

    /** A robots.txt Crawl-delay above this is capped, so one host cannot stall a fetcher. */
    @WithDefault("30s")
    Duration maxCrawlDelay();

    @WithDefault("10s")
    Duration connectTimeout();

    /** Whole exchange, headers and body: a server that trickles bytes is cut off here. */
    @WithDefault("30s")
    Duration requestTimeout();

    /** Largest body accepted, compressed or not. */
    @WithDefault("10485760")
    int maxBodyBytes();

    @WithDefault("5")
    int maxRedirects();

    @WithDefault("1h")
    Duration robotsCacheTtl();

    /** Documents the scheduler claims per tick. */
    @WithDefault("50")
    int schedulerBatch();
}
