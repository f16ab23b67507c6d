package io.clausewatch.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A short-lived cache of diff-service's change-list pages, keyed by the exact query. The list is
 * the same for every reader and the busiest route, while changes arrive a few times an hour; for
 * {@code clausewatch.gateway.changes-cache-ttl} (1 s) the same page is served from memory instead
 * of crossing a second HTTP hop and diff-service's database. Every request is still authenticated,
 * rate-limited and validated before it gets here. Only 200 answers are kept; a new change shows up
 * at most one TTL late. A TTL of 0 turns the cache off.
 */
@ApplicationScoped
public class ChangePages {

    private final Cache<Map<String, String>, Reply> pages;

    public ChangePages(
            @ConfigProperty(name = "clausewatch.gateway.changes-cache-ttl") Duration ttl,
            @ConfigProperty(name = "clausewatch.gateway.changes-cache-bytes") long maxBytes) {
        this.pages =
                ttl.isZero()
                        ? null
                        : Caffeine.newBuilder()
                                .expireAfterWrite(ttl)
                                .maximumWeight(maxBytes)
                                .weigher(
                                        (Map<String, String> key, Reply page) -> page.body().length)
                                .build();
    }

    /**
     * The page of this query: from the cache, or loaded (once for concurrent callers) by {@code
     * load}.
     */
    public Reply get(Map<String, String> query, Supplier<Reply> load) {
        if (pages == null) {
            return load.get();
        }
        Map<String, String> key = new TreeMap<>(query);
        Reply cached = pages.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Reply loaded = pages.get(key, k -> load.get());
        if (!loaded.ok()) {
            pages.invalidate(key);
        }
        return loaded;
    }
}
