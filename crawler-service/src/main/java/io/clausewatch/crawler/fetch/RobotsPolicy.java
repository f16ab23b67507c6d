package io.clausewatch.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin, parsed by crawler-commons and cached. Following RFC 9309: a missing
 * file (4xx) allows everything, an unreachable one (5xx) disallows everything until it is read
 * again.
 */
public final class RobotsPolicy {

    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private final PageFetcher fetcher;
    private final String robotName;
    private final Duration ttl;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public RobotsPolicy(PageFetcher fetcher, String userAgent, Duration ttl, Clock clock) {
        this.fetcher = fetcher;
        this.robotName = productToken(userAgent);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Throws a {@code robots} failure when the URL is disallowed; returns the rules otherwise. */
    public BaseRobotRules check(URI uri) {
        BaseRobotRules rules = rulesFor(uri);
        if (!rules.isAllowed(uri.toString())) {
            throw new CrawlFailure(
                    FailureClass.ROBOTS, "robots.txt of " + uri.getHost() + " disallows this URL");
        }
        return rules;
    }

    private BaseRobotRules rulesFor(URI uri) {
        String origin = origin(uri);
        Instant now = clock.instant();
        Cached cached = cache.get(origin);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.rules();
        }
        BaseRobotRules rules = load(URI.create(origin + "/robots.txt"));
        cache.put(origin, new Cached(rules, now.plus(ttl)));
        return rules;
    }

    private BaseRobotRules load(URI robotsUri) {
        try {
            FetchedPage page = fetcher.fetch(robotsUri, Validators.NONE);
            byte[] body = page.body() == null ? new byte[0] : page.body();
            if (body.length > MAX_ROBOTS_BYTES) {
                body = java.util.Arrays.copyOf(body, MAX_ROBOTS_BYTES);
            }
            String type = page.contentType() == null ? "text/plain" : page.contentType();
            return parser.parseContent(robotsUri.toString(), body, type, List.of(robotName));
        } catch (CrawlFailure failure) {
            if (failure.failureClass() == FailureClass.HTTP_STATUS
                    && failure.httpStatus() != null) {
                return parser.failedFetch(failure.httpStatus());
            }
            throw failure;
        }
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme
                + "://"
                + uri.getHost().toLowerCase(Locale.ROOT)
                + (port < 0 ? "" : ":" + port);
    }

    /** "ClausewatchBot/0.1 (+url)" is matched in robots.txt as "clausewatchbot". */
    static String productToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    private record Cached(BaseRobotRules rules, Instant expires) {}
}
