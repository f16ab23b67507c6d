package io.clausewatch.alert.domain;

import java.util.List;

/**
 * What a subscription wants. An empty or missing list means "any"; {@code eventTypes} defaults to
 * document changes only. Topics, regulations and the least significance apply to document changes;
 * crawl failures and recoveries match on platforms, documents and types alone.
 *
 * @param types document types, the part of a document id after the slash
 * @param minSignificance {@code cosmetic}, {@code minor} or {@code substantive}; null means any
 */
public record Filters(
        List<String> platforms,
        List<String> documents,
        List<String> types,
        List<String> topics,
        List<String> regulations,
        String minSignificance,
        List<String> eventTypes) {

    public Filters {
        platforms = copy(platforms);
        documents = copy(documents);
        types = copy(types);
        topics = copy(topics);
        regulations = copy(regulations);
        eventTypes = copy(eventTypes);
    }

    public static Filters everything() {
        return new Filters(null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
