package io.clausewatch.runner.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReplayOptionsTest {

    @Test
    void defaultsStartTheirOwnStack() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"corpus", "--report", "r.json"});

        assertThat(options.startsStack()).isTrue();
        assertThat(options.dir()).isEqualTo(Path.of("corpus"));
        assertThat(options.serves()).isEqualTo(2);
        assertThat(options.documents()).isEqualTo(Integer.MAX_VALUE);
        assertThat(options.changeSpacing()).isEqualTo(ReplaySettings.CRAWLER_HOST_DELAY);
    }

    @Test
    void sliceAndRunningStackAreParsed() {
        ReplayOptions options =
                ReplayOptions.parse(
                        new String[] {
                            "corpus",
                            "--report",
                            "r.json",
                            "--url",
                            "http://gw:8080",
                            "--admin-key",
                            "k",
                            "--documents",
                            "3",
                            "--max-versions",
                            "4",
                            "--only",
                            "zoom/terms-of-service,facebook/privacy-policy",
                            "--change-spacing",
                            "0"
                        });

        assertThat(options.startsStack()).isFalse();
        assertThat(options.documents()).isEqualTo(3);
        assertThat(options.maxVersions()).isEqualTo(4);
        assertThat(options.only())
                .containsExactlyInAnyOrder("zoom/terms-of-service", "facebook/privacy-policy");
        assertThat(options.changeSpacing()).isZero();
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"corpus"}))
                .hasMessage("--report FILE is required");
        assertThatThrownBy(
                        () ->
                                ReplayOptions.parse(
                                        new String[] {"c", "--report", "r", "--url", "http://x"}))
                .hasMessage("--url needs --admin-key");
        assertThatThrownBy(
                        () ->
                                ReplayOptions.parse(
                                        new String[] {"c", "--report", "r", "--serves", "1"}))
                .hasMessage("--serves must be at least 2");
        assertThatThrownBy(
                        () ->
                                ReplayOptions.parse(
                                        new String[] {"c", "--report", "r", "--documents", "x"}))
                .hasMessage("--documents takes a positive number, not x");
    }
}
