package io.clausewatch.diff.analysis;

import io.clausewatch.events.ChangeSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an analysis into the summary carried by the event: deterministic (same analysis, same
 * summary) and bounded. The most significant provisions come first; excerpts are cut, and once the
 * estimated size reaches {@value #MAX_BYTES} bytes the remaining provisions are left out and the
 * summary says so.
 */
public final class SummaryBuilder {

    static final int MAX_BYTES = 60 * 1024;
    private static final int MAX_PROVISIONS = 200;
    private static final int EXCERPT = 400;
    private static final int DIFF_EXCERPT = 1_200;

    private SummaryBuilder() {}

    public static ChangeSummary build(
            String documentId, int fromVersion, int toVersion, Analysis analysis) {
        List<ProvisionChange> ordered = new ArrayList<>(analysis.changes());
        ordered.sort(
                Comparator.comparing((ProvisionChange c) -> -c.significance().rank())
                        .thenComparingInt(ProvisionChange::ordinal));
        List<ChangeSummary.ProvisionChange> kept = new ArrayList<>();
        int budget = MAX_BYTES - 4_096;
        for (ProvisionChange change : ordered) {
            ChangeSummary.ProvisionChange brief = brief(change);
            int size = estimate(brief);
            if (kept.size() == MAX_PROVISIONS || size > budget) {
                break;
            }
            budget -= size;
            kept.add(brief);
        }
        boolean truncated = kept.size() < ordered.size();
        return new ChangeSummary(
                headline(documentId, fromVersion, toVersion, analysis),
                analysis.linesAdded(),
                analysis.linesRemoved(),
                fromVersion == 0 ? analysis.provisions().size() : analysis.changes().size(),
                cap(analysis.topics()),
                cap(analysis.regulations()),
                analysis.signals(),
                kept,
                truncated);
    }

    static String headline(String documentId, int fromVersion, int toVersion, Analysis analysis) {
        if (fromVersion == 0) {
            return documentId
                    + ": first version recorded ("
                    + analysis.provisions().size()
                    + " provisions)";
        }
        StringBuilder counts = new StringBuilder();
        for (String kind :
                List.of(
                        Match.EDITED,
                        Match.ADDED,
                        Match.REMOVED,
                        Match.MOVED,
                        Match.RENUMBERED,
                        Match.SPLIT,
                        Match.MERGED)) {
            long n = analysis.changes().stream().filter(c -> c.kind().equals(kind)).count();
            if (n > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(n).append(' ').append(kind);
            }
        }
        String what = counts.isEmpty() ? "layout only" : counts.toString();
        String topics =
                analysis.topics().isEmpty()
                        ? ""
                        : "; topics: " + String.join(", ", cap(analysis.topics()));
        return documentId
                + " v"
                + fromVersion
                + " → v"
                + toVersion
                + ": "
                + analysis.significance().id()
                + " change ("
                + what
                + ")"
                + topics;
    }

    private static ChangeSummary.ProvisionChange brief(ProvisionChange change) {
        return new ChangeSummary.ProvisionChange(
                change.provisionId(),
                Text.excerpt(change.path(), EXCERPT),
                change.kind(),
                Text.excerpt(change.before(), EXCERPT),
                Text.excerpt(change.after(), EXCERPT),
                Text.excerpt(change.wordDiff(), DIFF_EXCERPT),
                change.topics(),
                change.signals().stream().map(s -> Text.excerpt(s, 200)).limit(20).toList());
    }

    private static int estimate(ChangeSummary.ProvisionChange brief) {
        int size = 200;
        for (String s :
                new String[] {brief.path(), brief.before(), brief.after(), brief.wordDiff()}) {
            size += s == null ? 0 : s.length() * 3;
        }
        size +=
                brief.topics().size() * 40
                        + brief.signals().stream().mapToInt(s -> s.length() * 3 + 4).sum();
        return size;
    }

    private static List<String> cap(List<String> values) {
        return values.size() <= 50 ? values : values.subList(0, 50);
    }
}
