package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clausewatch.runner.archive.Archive;
import io.clausewatch.runner.archive.ArchiveFiles;
import io.clausewatch.runner.archive.ArchiveReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir Path dir;

    @Test
    void eachDocumentIsServedAtItsOwnAddressWithTheVersionSetForIt() throws Exception {
        new ArchiveFiles(dir)
                .write("acme/terms-of-service/2024-01-01.md", "# Terms\n\nFirst text.")
                .write("acme/terms-of-service/2024-02-01.md", "# Terms\n\nSecond text.")
                .write("beta/privacy-policy/2024-01-01.md", "# Privacy\n\nBeta text.");
        Archive archive = ArchiveReader.read(dir);

        try (ReplaySite site = ReplaySite.start(archive.documents(), Clock.systemUTC())) {
            DocumentPage terms = site.page("acme/terms-of-service");
            DocumentPage privacy = site.page("beta/privacy-policy");
            assertThat(terms.url()).isNotEqualTo(privacy.url()).endsWith("/acme/terms-of-service");
            assertThat(get(terms.url()).statusCode()).isEqualTo(404);

            terms.serve(archive.documents().getFirst().versions().get(0), Instant.now());
            String first = get(terms.url()).body();
            String again = get(terms.url()).body();
            terms.serve(archive.documents().getFirst().versions().get(1), Instant.now());
            String second = get(terms.url()).body();

            assertThat(first).contains("First text.").isNotEqualTo(again);
            assertThat(second).contains("Second text.");
            assertThat(terms.fetches()).extracting(Fetch::position).containsExactly(0, 0, 1);
            assertThat(get(terms.url().replace("/acme/terms-of-service", "/robots.txt")).body())
                    .contains("Allow: /");
            assertThat(get(terms.url() + "/other").statusCode()).isEqualTo(404);
            assertThat(terms.awaitFetchAfter(2, Duration.ofMillis(10)).position()).isEqualTo(1);
            assertThatThrownBy(() -> terms.awaitFetchAfter(3, Duration.ofMillis(50)))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("acme/terms-of-service");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
