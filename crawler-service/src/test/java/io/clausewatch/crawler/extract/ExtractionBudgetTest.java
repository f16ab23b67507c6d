package io.clausewatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ExtractionBudgetTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void bodyLargerThanTheWholeBudgetIsTooLarge() {
        PageExtractor extractor = new PageExtractor(new ExtractionBudget(12 * MIB));
        byte[] body =
                ("<main>" + "word ".repeat(300_000) + "</main>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(
                        () ->
                                extractor.extract(
                                        List.of(
                                                new RawPage(
                                                        "https://example.com/", "text/html", body)),
                                        new SelectorRules(null, null)))
                .isInstanceOf(CrawlFailure.class)
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.TOO_LARGE);
    }

    @Test
    void largeExtractionsWaitForEachOtherAndSmallOnesFitBeside() throws Exception {
        ExtractionBudget budget = new ExtractionBudget(100 * MIB);
        long large = 5 * MIB;

        ExtractionBudget.Reservation first = budget.reserve(large);
        ExtractionBudget.Reservation small = budget.reserve(1024);
        CompletableFuture<ExtractionBudget.Reservation> second =
                CompletableFuture.supplyAsync(() -> budget.reserve(large));

        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS))
                .isInstanceOf(TimeoutException.class);
        first.close();
        ExtractionBudget.Reservation granted = second.get(10, TimeUnit.SECONDS);
        assertThat(granted).isNotNull();
        granted.close();
        small.close();
    }
}
