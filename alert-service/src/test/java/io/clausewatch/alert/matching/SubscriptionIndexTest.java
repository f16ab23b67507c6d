package io.clausewatch.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.alert.domain.Filters;
import io.clausewatch.alert.domain.MatchableEvent;
import io.clausewatch.alert.domain.Significance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionIndexTest {

    private static final String CHANGED = "clausewatch.document.changed";
    private static final String FAILED = "clausewatch.crawl.failed";

    private static MatchableEvent change(
            String document, Significance significance, List<String> topics, List<String> regs) {
        String[] parts = document.split("/");
        return new MatchableEvent(
                CHANGED, document, parts[0], parts[1], significance, topics, regs);
    }

    private static Filters filters(
            List<String> platforms,
            List<String> documents,
            List<String> types,
            List<String> topics,
            String min,
            List<String> eventTypes) {
        return new Filters(platforms, documents, types, topics, null, min, eventTypes);
    }

    @Test
    void missingFiltersMatchEveryDocumentChangeButNoCrawlFailure() {
        SubscriptionIndex index =
                SubscriptionIndex.of(Map.of("all", CompiledFilter.of(Filters.everything())));

        assertThat(index.match(change("zoom/privacy-policy", Significance.COSMETIC, null, null)))
                .containsExactly("all");
        assertThat(
                        index.match(
                                new MatchableEvent(
                                        FAILED,
                                        "zoom/privacy-policy",
                                        "zoom",
                                        "privacy-policy",
                                        null,
                                        null,
                                        null)))
                .isEmpty();
    }

    @Test
    void eachFilterNarrowsTheMatch() {
        Map<String, CompiledFilter> subscriptions = new HashMap<>();
        subscriptions.put(
                "zoom-only",
                CompiledFilter.of(filters(List.of("zoom"), null, null, null, null, null)));
        subscriptions.put(
                "one-document",
                CompiledFilter.of(filters(null, List.of("slack/terms"), null, null, null, null)));
        subscriptions.put(
                "privacy-policies",
                CompiledFilter.of(
                        filters(null, null, List.of("privacy-policy"), null, null, null)));
        subscriptions.put(
                "ai-substantive",
                CompiledFilter.of(
                        filters(null, null, null, List.of("ai-training"), "substantive", null)));
        subscriptions.put(
                "failures",
                CompiledFilter.of(
                        filters(List.of("zoom"), null, null, null, null, List.of(FAILED))));
        SubscriptionIndex index = SubscriptionIndex.of(subscriptions);

        assertThat(
                        index.match(
                                change(
                                        "zoom/privacy-policy",
                                        Significance.SUBSTANTIVE,
                                        List.of("ai-training"),
                                        null)))
                .containsExactlyInAnyOrder("zoom-only", "privacy-policies", "ai-substantive");
        assertThat(
                        index.match(
                                change(
                                        "zoom/privacy-policy",
                                        Significance.MINOR,
                                        List.of("ai-training"),
                                        null)))
                .containsExactlyInAnyOrder("zoom-only", "privacy-policies");
        assertThat(index.match(change("slack/terms", Significance.COSMETIC, null, null)))
                .containsExactly("one-document");
        assertThat(
                        index.match(
                                new MatchableEvent(
                                        FAILED, "zoom/terms", "zoom", "terms", null, null, null)))
                .containsExactly("failures");
    }

    @Test
    void regulationsMatchOnAnyShared() {
        CompiledFilter gdpr =
                CompiledFilter.of(
                        new Filters(null, null, null, null, List.of("gdpr art. 22"), null, null));
        assertThat(
                        gdpr.matches(
                                change(
                                        "a/b",
                                        Significance.MINOR,
                                        null,
                                        List.of("CCPA 1798.100", "GDPR Art. 22"))))
                .isTrue();
        assertThat(gdpr.matches(change("a/b", Significance.MINOR, null, List.of("dsa-art-14"))))
                .isFalse();
    }

    @Test
    void updatesReplaceAndRemoveWithoutTouchingTheOldSnapshot() {
        SubscriptionIndex first =
                SubscriptionIndex.of(Map.of("s1", CompiledFilter.of(Filters.everything())));
        SubscriptionIndex second =
                first.with(
                        Map.of(
                                "s2",
                                CompiledFilter.of(
                                        filters(List.of("zoom"), null, null, null, null, null))),
                        Set.of("s1"));

        MatchableEvent event = change("zoom/terms", Significance.MINOR, null, null);
        assertThat(first.match(event)).containsExactly("s1");
        assertThat(second.match(event)).containsExactly("s2");
    }

    @Test
    void fiftyThousandSubscriptionsAreMatchedQuickly() {
        Map<String, CompiledFilter> subscriptions = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            Filters f =
                    switch (i % 3) {
                        case 0 ->
                                filters(null, List.of("p" + i + "/terms"), null, null, null, null);
                        case 1 -> filters(List.of("p" + (i % 500)), null, null, null, null, null);
                        default -> filters(null, null, null, List.of("t" + (i % 50)), null, null);
                    };
            subscriptions.put("s" + i, CompiledFilter.of(f));
        }
        SubscriptionIndex index = SubscriptionIndex.of(subscriptions);

        List<String> matched =
                index.match(change("p1/terms", Significance.MINOR, List.of("t7"), null));

        // p1 by platform (i % 500 == 1, i % 3 == 1) and t7 by topic (i % 50 == 7, i % 3 == 2)
        long expected =
                java.util.stream.IntStream.range(0, 50_000)
                        .filter(i -> (i % 3 == 1 && i % 500 == 1) || (i % 3 == 2 && i % 50 == 7))
                        .count();
        assertThat(matched).hasSize((int) expected);
    }
}
