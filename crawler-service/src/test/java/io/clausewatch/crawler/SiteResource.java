package io.clausewatch.crawler;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a {@link TestSite} before the service and writes a catalog directory with one document on
 * it, so the service loads it at startup the way the end-to-end test does.
 */
public class SiteResource implements QuarkusTestResourceLifecycleManager {

    public static final String DOCUMENT_ID = "crawlertest/terms-of-service";

    static TestSite site;

    public static TestSite site() {
        return site;
    }

    @Override
    public Map<String, String> start() {
        site = TestSite.start();
        site.html("/terms", ServiceFlowTest.page("Version one of the terms."));
        try {
            Path dir = Files.createTempDirectory("crawler-catalog");
            Files.writeString(
                    dir.resolve("crawlertest.yaml"),
                    """
                    platform: crawlertest
                    name: Crawler Test Platform
                    documents:
                      - type: terms-of-service
                        name: Test Terms
                        urls: ["%s"]
                        select: ["main"]
                        remove: [".cookie-banner"]
                        interval: PT1H
                    """
                            .formatted(site.url("/terms")));
            return Map.of("clausewatch.catalog.dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
    }
}
