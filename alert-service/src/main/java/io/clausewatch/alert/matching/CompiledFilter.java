package io.clausewatch.alert.matching;

import io.clausewatch.alert.domain.Filters;
import io.clausewatch.alert.domain.MatchableEvent;
import io.clausewatch.alert.domain.Significance;
import io.clausewatch.events.EventTypes;
import java.util.Collection;
import java.util.Set;

/** A subscription's filters as sets, answering "does this event match" without allocating. */
public record CompiledFilter(
        Set<String> platforms,
        Set<String> documents,
        Set<String> types,
        Set<String> topics,
        Set<String> regulations,
        Significance minSignificance,
        Set<String> eventTypes) {

    private static final Set<String> DEFAULT_EVENT_TYPES = Set.of(EventTypes.DOCUMENT_CHANGED);

    public static CompiledFilter of(Filters filters) {
        return new CompiledFilter(
                Set.copyOf(filters.platforms()),
                Set.copyOf(filters.documents()),
                Set.copyOf(filters.types()),
                Set.copyOf(MatchableEvent.normalized(filters.topics())),
                Set.copyOf(MatchableEvent.normalized(filters.regulations())),
                Significance.parse(filters.minSignificance()),
                filters.eventTypes().isEmpty()
                        ? DEFAULT_EVENT_TYPES
                        : Set.copyOf(filters.eventTypes()));
    }

    public boolean matches(MatchableEvent event) {
        if (!eventTypes.contains(event.type())
                || !anyOrContains(documents, event.documentId())
                || !anyOrContains(platforms, event.platform())
                || !anyOrContains(types, event.documentType())) {
            return false;
        }
        if (!EventTypes.DOCUMENT_CHANGED.equals(event.type())) {
            return true;
        }
        return significantEnough(event.significance())
                && anyOrIntersects(topics, event.topics())
                && anyOrIntersects(regulations, event.regulations());
    }

    private boolean significantEnough(Significance significance) {
        return minSignificance == null
                || (significance != null && significance.compareTo(minSignificance) >= 0);
    }

    private static boolean anyOrContains(Set<String> wanted, String value) {
        return wanted.isEmpty() || (value != null && wanted.contains(value));
    }

    private static boolean anyOrIntersects(Set<String> wanted, Collection<String> values) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
