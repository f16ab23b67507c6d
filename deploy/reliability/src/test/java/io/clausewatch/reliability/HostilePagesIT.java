package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.runner.ServiceProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt extraction and segmentation, fetched by the packaged crawler: each ends in a
 * recorded version or a classified failure within bounded time, and every service stays healthy.
 */
class HostilePagesIT {

    private static final Duration BOUND = Duration.ofSeconds(120);

    @Test
    void everyHostilePageEndsInAVersionOrAClassifiedFailure() {
        ReliabilityStack stack = ReliabilityStack.get();
        List<HostilePages.Hostile> corpus = HostilePages.corpus();
        corpus.forEach(page -> HostilePages.declare(stack, page));
        Map<String, String> outcomes = new LinkedHashMap<>();
        await("every hostile page handled")
                .atMost(BOUND)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            for (HostilePages.Hostile page : corpus) {
                                outcomes.computeIfAbsent(page.name(), n -> outcome(stack, page));
                                if (outcomes.get(page.name()) == null) {
                                    outcomes.remove(page.name());
                                }
                            }
                            return outcomes.size() == corpus.size();
                        });
        Map<String, Integer> perClass = new TreeMap<>();
        System.out.printf("%nhostile pages (%d)%n", corpus.size());
        for (HostilePages.Hostile page : corpus) {
            perClass.merge(page.hostileClass(), 1, Integer::sum);
            System.out.printf(
                    "  %-16s %-34s %s%n",
                    page.hostileClass(), page.name(), outcomes.get(page.name()));
            assertThat(outcomes.get(page.name()))
                    .as("%s must not end in an internal error", page.name())
                    .doesNotStartWith("failure INTERNAL");
        }
        perClass.forEach((k, v) -> System.out.printf("  class %-16s %3d pages%n", k, v));
        for (ServiceProcess service : stack.stack().services()) {
            assertThat(service.isAlive()).as(service.name().module()).isTrue();
            Http.Answer ready = Http.get(service.managementUrl() + "/q/health/ready", null);
            assertThat(ready.status())
                    .as(service.name().module() + " " + ready.body())
                    .isEqualTo(200);
        }
    }

    /** "version n", "failure CLASS: detail", or null while the crawler has not finished. */
    private static String outcome(ReliabilityStack stack, HostilePages.Hostile page) {
        String document = page.platform(stack) + "/terms-of-service";
        Http.Answer answer = Http.get(stack.crawler() + "/documents/" + document, null);
        if (answer.status() != 200) {
            return null;
        }
        JsonNode health = answer.json().path("health");
        if (!health.path("lastFailureClass").isMissingNode()
                && !health.path("lastFailureClass").isNull()) {
            String detail = health.path("lastFailureDetail").asText("");
            return "failure "
                    + health.path("lastFailureClass").asText()
                    + ": "
                    + (detail.length() > 80 ? detail.substring(0, 80) : detail);
        }
        if (!health.path("lastSuccessAt").isNull()
                && !health.path("lastSuccessAt").isMissingNode()) {
            Http.Answer changes = Http.get(stack.diff() + "/changes?document=" + document, null);
            if (changes.status() == 200 && changes.json().path("items").size() > 0) {
                return "version " + changes.json().path("items").get(0).path("toVersion").asInt();
            }
        }
        return null;
    }
}
