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
        assertThat(options.warmUpVersionsOrDefault())
                .isEqualTo(ReplaySettings.DEFAULT_WARM_UP_VERSIONS);
    }

    @Test
    void aRunningStackIsNotWarmedUpUnlessAsked() {
        String[] running = {"c", "--report", "r", "--url", "http://gw:8080", "--admin-key", "k"};
        assertThat(ReplayOptions.parse(running).warmUpVersionsOrDefault()).isZero();

        String[] asked = {
            "c", "--report", "r", "--url", "http://gw", "--admin-key", "k", "--warm-up", "3"
        };
        assertThat(ReplayOptions.parse(asked).warmUpVersionsOrDefault()).isEqualTo(3);

        String[] off = {"c", "--report", "r", "--warm-up", "0"};
        assertThat(ReplayOptions.parse(off).warmUpVersionsOrDefault()).isZero();
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
        assertThatThrownBy(
                        () ->
                                ReplayOptions.parse(
                                        new String[] {"c", "--report", "r", "--warm-up", "-1"}))
                .hasMessage("--warm-up takes a number of 0 or more, not -1");
    }
}
