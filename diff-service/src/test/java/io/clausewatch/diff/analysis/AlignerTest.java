package io.clausewatch.diff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private static List<Match> changes(String before, String after) {
        return Aligner.align(Segmenter.segment(before), Segmenter.segment(after)).stream()
                .filter(Match::isChange)
                .toList();
    }

    @Test
    void identicalDocumentsHaveOnlyUnchangedProvisions() {
        String text = "# T\n\nOne clause here.\n\nTwo clause here.\n";
        assertThat(changes(text, text)).isEmpty();
    }

    @Test
    void editedProvisionIsMatchedInPlace() {
        List<Match> changes =
                changes(
                        "We keep your data for thirty days after you leave the service.\n",
                        "We keep your data for ninety days after you leave the service.\n");

        assertThat(changes)
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.kind()).isEqualTo(Match.EDITED);
                            assertThat(m.before()).containsExactly(0);
                            assertThat(m.after()).containsExactly(0);
                        });
    }

    @Test
    void movedProvisionIsAMoveNotARemovalAndAddition() {
        String before =
                "Alpha clause about accounts.\n\nBeta clause about payments.\n\nGamma clause about content.\n";
        String after =
                "Gamma clause about content.\n\nAlpha clause about accounts.\n\nBeta clause about payments.\n";

        assertThat(changes(before, after)).extracting(Match::kind).containsExactly(Match.MOVED);
    }

    @Test
    void renumberedListItemIsRenumbered() {
        List<Match> changes =
                changes(
                        "1. We collect data.\n2. We share data.\n",
                        "1. We collect data.\n3. We share data.\n");

        assertThat(changes).extracting(Match::kind).containsExactly(Match.RENUMBERED);
    }

    @Test
    void paragraphSplitInTwoIsASplit() {
        String before =
                "We collect your name, email address and phone number when you register. We use them to secure your account and to send you service messages.\n";
        String after =
                "We collect your name, email address and phone number when you register.\n\nWe use them to secure your account and to send you service messages.\n";

        List<Match> changes = changes(before, after);
        assertThat(changes)
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.kind()).isEqualTo(Match.SPLIT);
                            assertThat(m.after()).containsExactly(0, 1);
                        });
        List<Match> merged = changes(after, before);
        assertThat(merged).extracting(Match::kind).containsExactly(Match.MERGED);
    }

    @Test
    void unrelatedProvisionsAreRemovedAndAdded() {
        List<Match> changes =
                changes(
                        "Cats are fluffy animals indeed.\n",
                        "Arbitration is binding for every dispute.\n");

        assertThat(changes)
                .extracting(Match::kind)
                .containsExactlyInAnyOrder(Match.REMOVED, Match.ADDED);
    }

    @Test
    void everyProvisionOfBothSidesAppearsExactlyOnce() {
        String before = "# A\n\nOne.\n\nTwo words here.\n\n- x item\n- y item\n";
        String after = "# A\n\nTwo words here now.\n\n- y item\n- z item\n\nThree.\n";
        List<Match> all = Aligner.align(Segmenter.segment(before), Segmenter.segment(after));

        assertThat(all.stream().flatMap(m -> m.before().stream()))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(all.stream().flatMap(m -> m.after().stream()))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }
}
