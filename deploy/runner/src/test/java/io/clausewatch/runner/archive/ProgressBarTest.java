package io.clausewatch.runner.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsTheShareDoneAndTheNote() {
        assertThat(ProgressBar.line(0, 10, "versions", null))
                .isEqualTo("[..............................] 0/10 versions");
        assertThat(ProgressBar.line(5, 10, "versions", "zoom/terms-of-service"))
                .isEqualTo("[###############...............] 5/10 versions  zoom/terms-of-service");
        assertThat(ProgressBar.line(0, 0, "versions", "")).startsWith("[" + "#".repeat(30) + "]");
    }

    @Test
    void lastUpdateIsAlwaysDrawnAndFinishEndsTheLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar =
                new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), "v", 3);

        bar.update(1, null);
        bar.update(2, null);
        bar.update(3, null);
        bar.finish();

        String drawn = out.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[##########").contains("3/3 v").endsWith("\n");
        assertThat(drawn).doesNotContain("2/3 v");
    }
}
