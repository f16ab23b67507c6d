package io.clausewatch.diff.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Compares a new text with the previous version: segments it, aligns its provisions with the old
 * ones (passing on their stable ids), diffs and classifies each change, and collects topics,
 * regulations and signals.
 */
public final class ChangeAnalyzer {

    /** Texts above this many characters get no signal detection, which is regex-heavy. */
    private static final int MAX_SIGNAL_TEXT = 50_000;

    private final Taxonomy taxonomy;

    public ChangeAnalyzer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The previous version as the analyzer needs it: its text, its provisions with their ids and
     * their topics. Topics are passed on because matching the taxonomy is the costliest step, and
     * most provisions of a new version are unchanged.
     */
    public record Previous(
            String text, List<Provision> provisions, List<String> ids, List<List<String>> topics) {

        public static final Previous NONE = new Previous("", List.of(), List.of(), List.of());

        /** The version of {@code text} as its own analysis left it. */
        public static Previous of(String text, Analysis analysis) {
            return new Previous(
                    text,
                    analysis.provisions(),
                    analysis.provisionIds(),
                    analysis.provisionTopics());
        }
    }

    /**
     * @param newId gives a fresh stable id to the new provision at an ordinal, used for provisions
     *     that first appear in this version
     */
    public Analysis analyze(Previous previous, String newText, IntFunction<String> newId) {
        List<Provision> after = Segmenter.segment(newText);
        List<Provision> before = previous.provisions();
        List<Match> matches = Aligner.align(before, after);

        String[] ids = new String[after.size()];
        List<List<String>> topics = topicsOf(after, previous);
        List<ProvisionChange> changes = new ArrayList<>();
        int matchedOld = 0;
        for (Match match : matches) {
            assignIds(match, previous.ids(), ids, newId);
            matchedOld += match.isMatched() ? match.before().size() : 0;
            if (match.isChange()) {
                changes.add(
                        describe(
                                match,
                                before,
                                after,
                                previous.ids(),
                                previous.topics(),
                                ids,
                                topics));
            }
        }

        int[] lines = lineCounts(previous.text(), newText);
        return new Analysis(
                after,
                List.of(ids),
                topics,
                List.copyOf(changes),
                overall(changes, previous.text(), newText),
                union(
                        changes.stream().map(ProvisionChange::topics).toList(),
                        topics,
                        before.isEmpty()),
                regulations(changes, topics, before.isEmpty()),
                signals(changes),
                lines[1],
                lines[0],
                before.size(),
                matchedOld);
    }

    private List<List<String>> topicsOf(List<Provision> provisions, Previous previous) {
        Map<String, List<String>> known = new HashMap<>();
        for (int i = 0; i < previous.provisions().size() && i < previous.topics().size(); i++) {
            known.put(previous.provisions().get(i).text(), previous.topics().get(i));
        }
        return provisions.stream()
                .map(p -> known.computeIfAbsent(p.text(), taxonomy::topicsOf))
                .toList();
    }

    private static void assignIds(
            Match match, List<String> oldIds, String[] ids, IntFunction<String> newId) {
        List<Integer> news = match.after();
        for (int k = 0; k < news.size(); k++) {
            int j = news.get(k);
            boolean inherits = k == 0 && !match.before().isEmpty();
            ids[j] = inherits ? oldIds.get(match.before().get(0)) : newId.apply(j);
        }
    }

    private ProvisionChange describe(
            Match match,
            List<Provision> before,
            List<Provision> after,
            List<String> oldIds,
            List<List<String>> oldTopics,
            String[] ids,
            List<List<String>> newTopics) {
        String old = join(before, match.before());
        String now = join(after, match.after());
        boolean removed = match.after().isEmpty();
        Provision anchor =
                removed ? before.get(match.before().get(0)) : after.get(match.after().get(0));
        String id = removed ? oldIds.get(match.before().get(0)) : ids[match.after().get(0)];

        WordDiff diff = old != null && now != null ? WordDiff.of(old, now) : null;
        List<String> signals =
                diff != null && old.length() <= MAX_SIGNAL_TEXT && now.length() <= MAX_SIGNAL_TEXT
                        ? Signals.of(old, now)
                        : List.of();
        TreeSet<String> topics = new TreeSet<>();
        match.after().forEach(j -> topics.addAll(newTopics.get(j)));
        for (int i : match.before()) {
            topics.addAll(
                    i < oldTopics.size()
                            ? oldTopics.get(i)
                            : taxonomy.topicsOf(before.get(i).text()));
        }
        Significance significance =
                Classifier.classify(
                        Provision.HEADING.equals(anchor.kind()),
                        old,
                        now,
                        diff,
                        signals,
                        !topics.isEmpty());
        return new ProvisionChange(
                id,
                anchor.ordinal(),
                match.kind(),
                anchor.path(),
                old,
                now,
                diff == null ? null : diff.markup(),
                List.copyOf(topics),
                taxonomy.regulationsOf(topics),
                signals,
                significance);
    }

    private static String join(List<Provision> provisions, List<Integer> ordinals) {
        if (ordinals.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int ordinal : ordinals) {
            Provision provision = provisions.get(ordinal);
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (Provision.ITEM.equals(provision.kind()) && !provision.label().isEmpty()) {
                text.append(provision.label()).append(' ');
            }
            text.append(provision.text());
        }
        return text.toString();
    }

    private static Significance overall(
            List<ProvisionChange> changes, String oldText, String newText) {
        if (oldText.isEmpty()) {
            return Significance.SUBSTANTIVE;
        }
        Significance result = Significance.COSMETIC;
        for (ProvisionChange change : changes) {
            result = result.max(change.significance());
        }
        return result;
    }

    private static List<String> union(
            List<List<String>> changed, List<List<String>> all, boolean first) {
        TreeSet<String> result = new TreeSet<>();
        (first ? all : changed).forEach(result::addAll);
        return List.copyOf(result);
    }

    private List<String> regulations(
            List<ProvisionChange> changes, List<List<String>> all, boolean first) {
        return taxonomy.regulationsOf(
                union(changes.stream().map(ProvisionChange::topics).toList(), all, first));
    }

    private static List<String> signals(List<ProvisionChange> changes) {
        TreeSet<String> result = new TreeSet<>();
        changes.forEach(c -> c.signals().forEach(s -> result.add(s.split(":")[0])));
        return List.copyOf(result);
    }

    /** Lines removed and added, as a plain line diff counts them. */
    static int[] lineCounts(String oldText, String newText) {
        List<String> old = oldText.isEmpty() ? List.of() : oldText.lines().toList();
        List<String> now = newText.isEmpty() ? List.of() : newText.lines().toList();
        Set<String> common = new HashSet<>(old);
        common.retainAll(new HashSet<>(now));
        List<String> oldCommon = old.stream().filter(common::contains).toList();
        List<String> newCommon = now.stream().filter(common::contains).toList();
        int removed = old.size() - oldCommon.size();
        int added = now.size() - newCommon.size();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldCommon, newCommon).getDeltas()) {
            removed += delta.getSource().size();
            added += delta.getTarget().size();
        }
        return new int[] {removed, added};
    }
}
