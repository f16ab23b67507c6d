package io.clausewatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.gateway.backend.ChangePages;
import io.clausewatch.gateway.backend.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The change-list page cache: same query served from memory for the TTL, errors never kept. */
class ChangePagesTest {

    private final AtomicInteger loads = new AtomicInteger();

    private Reply page(int status, String body) {
        loads.incrementAndGet();
        return new Reply(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void samePageIsLoadedOnceWithinTheTtlAndAgainAfterIt() throws InterruptedException {
        ChangePages pages = new ChangePages(Duration.ofMillis(300), 1 << 20);
        Map<String, String> query = Map.of("limit", "50", "platform", "zoom");

        Reply first = pages.get(query, () -> page(200, "{\"items\":[1]}"));
        Reply second = pages.get(Map.of("platform", "zoom", "limit", "50"), () -> page(200, "x"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(loads).hasValue(1);

        pages.get(Map.of("limit", "10"), () -> page(200, "{\"items\":[]}"));
        assertThat(loads).as("another query is another page").hasValue(2);

        Thread.sleep(450);
        Reply fresh = pages.get(query, () -> page(200, "{\"items\":[2]}"));
        assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"items\":[2]}");
        assertThat(loads).hasValue(3);
    }

    @Test
    void errorsAreNotKept() {
        ChangePages pages = new ChangePages(Duration.ofSeconds(60), 1 << 20);
        Map<String, String> query = Map.of("cursor", "zzz");
        assertThat(pages.get(query, () -> page(400, "{}")).status()).isEqualTo(400);
        assertThat(pages.get(query, () -> page(200, "{}")).status()).isEqualTo(200);
        assertThat(loads).hasValue(2);
    }

    @Test
    void zeroTtlTurnsTheCacheOff() {
        ChangePages pages = new ChangePages(Duration.ZERO, 1 << 20);
        pages.get(Map.of(), () -> page(200, "{}"));
        pages.get(Map.of(), () -> page(200, "{}"));
        assertThat(loads).hasValue(2);
    }
}
