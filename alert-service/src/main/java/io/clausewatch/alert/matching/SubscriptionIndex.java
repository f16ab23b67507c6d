package io.clausewatch.alert.matching;

import io.clausewatch.alert.domain.MatchableEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the active subscriptions, bucketed so that an event is only checked
 * against subscriptions that could want it: those naming its document, those naming its platform
 * (and no document), and those naming neither. Updates build a new snapshot; readers never lock.
 */
public final class SubscriptionIndex {

    private static final SubscriptionIndex EMPTY = new SubscriptionIndex(Map.of());

    private final Map<String, CompiledFilter> byId;
    private final Map<String, List<String>> byDocument = new HashMap<>();
    private final Map<String, List<String>> byPlatform = new HashMap<>();
    private final List<String> unkeyed = new ArrayList<>();

    private SubscriptionIndex(Map<String, CompiledFilter> byId) {
        this.byId = byId;
        byId.forEach(this::bucket);
    }

    public static SubscriptionIndex empty() {
        return EMPTY;
    }

    public static SubscriptionIndex of(Map<String, CompiledFilter> active) {
        return new SubscriptionIndex(Map.copyOf(active));
    }

    /** A new snapshot with these subscriptions added or replaced and those removed. */
    public SubscriptionIndex with(Map<String, CompiledFilter> upserts, Set<String> removals) {
        Map<String, CompiledFilter> next = new HashMap<>(byId);
        next.keySet().removeAll(removals);
        next.putAll(upserts);
        return new SubscriptionIndex(Map.copyOf(next));
    }

    /** Ids of the subscriptions that want this event. */
    public List<String> match(MatchableEvent event) {
        List<String> matched = new ArrayList<>();
        collect(byDocument.get(event.documentId()), event, matched);
        collect(byPlatform.get(event.platform()), event, matched);
        collect(unkeyed, event, matched);
        return matched;
    }

    public int size() {
        return byId.size();
    }

    private void collect(List<String> candidates, MatchableEvent event, List<String> out) {
        if (candidates == null) {
            return;
        }
        for (String id : candidates) {
            if (byId.get(id).matches(event)) {
                out.add(id);
            }
        }
    }

    private void bucket(String id, CompiledFilter filter) {
        if (!filter.documents().isEmpty()) {
            filter.documents()
                    .forEach(
                            doc -> byDocument.computeIfAbsent(doc, k -> new ArrayList<>()).add(id));
        } else if (!filter.platforms().isEmpty()) {
            filter.platforms()
                    .forEach(p -> byPlatform.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
        } else {
            unkeyed.add(id);
        }
    }
}
