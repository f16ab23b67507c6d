package io.clausewatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.gateway.ui.Segment;
import io.clausewatch.gateway.ui.WordDiffMarkup;
import org.junit.jupiter.api.Test;

class WordDiffMarkupTest {

    @Test
    void removalsGoLeftAndAdditionsGoRight() {
        var columns = WordDiffMarkup.parse("We [-will not-]{+may+} use content.");

        assertThat(columns.before())
                .containsExactly(
                        new Segment("We ", Segment.Kind.SAME),
                        new Segment("will not", Segment.Kind.REMOVED),
                        new Segment(" use content.", Segment.Kind.SAME));
        assertThat(columns.after())
                .containsExactly(
                        new Segment("We ", Segment.Kind.SAME),
                        new Segment("may", Segment.Kind.ADDED),
                        new Segment(" use content.", Segment.Kind.SAME));
    }

    @Test
    void unterminatedMarkupIsKeptAsText() {
        var columns = WordDiffMarkup.parse("Keep [-this");

        assertThat(columns.before()).containsExactly(new Segment("Keep [-this", Segment.Kind.SAME));
    }

    @Test
    void searchWordsAreMarkedWhateverTheirCase() {
        var segments = WordDiffMarkup.highlight("We may Train models; training data.", "train");

        assertThat(segments)
                .extracting(Segment::text)
                .containsExactly("We may ", "Train", " models; ", "train", "ing data.");
        assertThat(segments.get(1).match()).isTrue();
    }
}
