package io.clausewatch.crawler.service;

import io.clausewatch.crawler.config.CrawlerConfig;
import io.clausewatch.crawler.extract.PageExtractor;
import io.clausewatch.crawler.fetch.AddressGuard;
import io.clausewatch.crawler.fetch.FetchLimits;
import io.clausewatch.crawler.fetch.HostThrottle;
import io.clausewatch.crawler.fetch.PageFetcher;
import io.clausewatch.crawler.fetch.RobotsPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the framework-free fetch and extraction parts from the configuration. */
public class FetchComponents {

    @Produces
    @Singleton
    PageFetcher pageFetcher(CrawlerConfig config) {
        FetchLimits limits =
                new FetchLimits(
                        config.connectTimeout(),
                        config.requestTimeout(),
                        config.maxBodyBytes(),
                        config.maxRedirects());
        return new PageFetcher(
                limits, new AddressGuard(config.allowPrivateAddresses()), config.userAgent());
    }

    @Produces
    @Singleton
    RobotsPolicy robotsPolicy(PageFetcher fetcher, CrawlerConfig config) {
        return new RobotsPolicy(
                fetcher, config.userAgent(), config.robotsCacheTtl(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    HostThrottle hostThrottle() {
        return new HostThrottle();
    }

    @Produces
    @Singleton
    PageExtractor pageExtractor() {
        return new PageExtractor();
    }
}
