package io.clausewatch.diff.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches the provisions of two versions, in four passes that each only see what the previous ones
 * left: (1) a longest common subsequence over cosmetic keys finds provisions that stayed in place;
 * (2) equal keys out of order are moves; (3) one old provision whose words are spread over
 * consecutive new ones is a split, and the reverse a merge; (4) the most similar remaining pairs
 * (at least {@value #EDIT_THRESHOLD} word overlap) are edits. Candidates in passes 3 and 4 come
 * from an index of rare words, so the cost stays near linear for long documents.
 */
public final class Aligner {

    static final double EDIT_THRESHOLD = 0.5;
    private static final double PART_CONTAINMENT = 0.75;
    private static final double SPLIT_COVERAGE = 0.6;
    private static final int MAX_POSTINGS = 40;
    private static final int MAX_CANDIDATES = 12;
    private static final Pattern LEADING_LABEL =
            Pattern.compile(
                    "^(?:(?:[0-9]{1,3}\\.)*[0-9]{1,3}\\.?|[A-Z]\\.|\\(?[a-z]\\)|\\([ivx]{1,5}\\))\\s+");

    private final List<Provision> before;
    private final List<Provision> after;
    private final String[] keysBefore;
    private final String[] keysAfter;
    private final WordBag[] bagsBefore;
    private final WordBag[] bagsAfter;
    private final int[] newOf;
    private final int[] oldOf;
    private final boolean[] anchored;
    private final int[] low;
    private final int[] high;
    private final List<Match> matches = new ArrayList<>();

    private Aligner(List<Provision> before, List<Provision> after) {
        this.before = before;
        this.after = after;
        Map<String, String> keys = new HashMap<>();
        Map<String, WordBag> bags = new HashMap<>();
        this.keysBefore = keysOf(before, keys);
        this.keysAfter = keysOf(after, keys);
        this.bagsBefore = bagsOf(keysBefore, bags);
        this.bagsAfter = bagsOf(keysAfter, bags);
        this.newOf = new int[before.size()];
        this.oldOf = new int[after.size()];
        this.anchored = new boolean[before.size()];
        this.low = new int[before.size()];
        this.high = new int[before.size()];
        Arrays.fill(newOf, -1);
        Arrays.fill(oldOf, -1);
    }

    /** Aligns two provision lists; every provision of both sides appears in exactly one match. */
    public static List<Match> align(List<Provision> before, List<Provision> after) {
        Aligner aligner = new Aligner(before, after);
        aligner.matchInPlace();
        aligner.computeAnchors();
        aligner.matchMoves();
        aligner.matchSplits(true);
        aligner.matchSplits(false);
        aligner.matchEdits();
        aligner.addLeftovers();
        aligner.matches.sort(Comparator.comparingDouble(aligner::position));
        return List.copyOf(aligner.matches);
    }

    /** The comparison key of a provision: its kind and its cosmetic text without a number. */
    static String key(Provision provision) {
        String plain = LEADING_LABEL.matcher(Text.plain(provision.text())).replaceFirst("");
        return provision.kind() + "|" + Text.cosmeticKeyOfPlain(plain);
    }

    /** Keys by provision; most texts recur unchanged between versions, so each is keyed once. */
    private static String[] keysOf(List<Provision> provisions, Map<String, String> cache) {
        String[] keys = new String[provisions.size()];
        for (int i = 0; i < keys.length; i++) {
            Provision p = provisions.get(i);
            keys[i] = cache.computeIfAbsent(p.kind() + "|" + p.text(), k -> key(p));
        }
        return keys;
    }

    private static WordBag[] bagsOf(String[] keys, Map<String, WordBag> cache) {
        WordBag[] result = new WordBag[keys.length];
        for (int i = 0; i < keys.length; i++) {
            result[i] = cache.computeIfAbsent(keys[i], k -> WordBag.of(body(k)));
        }
        return result;
    }

    private static String body(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    private void matchInPlace() {
        Set<String> common = new HashSet<>(Arrays.asList(keysBefore));
        common.retainAll(new HashSet<>(Arrays.asList(keysAfter)));
        int[] oldIndex = indexesWithKeyIn(keysBefore, common);
        int[] newIndex = indexesWithKeyIn(keysAfter, common);
        List<String> oldKeys = Arrays.stream(oldIndex).mapToObj(i -> keysBefore[i]).toList();
        List<String> newKeys = Arrays.stream(newIndex).mapToObj(i -> keysAfter[i]).toList();

        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                pairInPlace(oldIndex[o++], newIndex[n++]);
            }
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        while (o < oldKeys.size()) {
            pairInPlace(oldIndex[o++], newIndex[n++]);
        }
    }

    private static int[] indexesWithKeyIn(String[] keys, Set<String> common) {
        return java.util.stream.IntStream.range(0, keys.length)
                .filter(i -> common.contains(keys[i]))
                .toArray();
    }

    private void pairInPlace(int i, int j) {
        Provision old = before.get(i);
        Provision now = after.get(j);
        String kind;
        if (!old.label().equals(now.label())
                && !Text.cosmeticKey(old.label()).equals(Text.cosmeticKey(now.label()))) {
            kind = Match.RENUMBERED;
        } else if (old.text().equals(now.text()) && old.label().equals(now.label())) {
            kind = Match.UNCHANGED;
        } else {
            kind = Match.EDITED;
        }
        anchored[i] = true;
        pair(kind, List.of(i), List.of(j), 1.0);
    }

    private void matchMoves() {
        Map<String, Deque<Integer>> waiting = new HashMap<>();
        for (int i = 0; i < keysBefore.length; i++) {
            if (newOf[i] < 0) {
                waiting.computeIfAbsent(keysBefore[i], k -> new ArrayDeque<>()).add(i);
            }
        }
        for (int j = 0; j < keysAfter.length; j++) {
            Deque<Integer> olds = oldOf[j] < 0 ? waiting.get(keysAfter[j]) : null;
            if (olds != null && !olds.isEmpty()) {
                pair(Match.MOVED, List.of(olds.poll()), List.of(j), 1.0);
            }
        }
    }

    /** Splits when {@code forward}: one old provision into consecutive new ones; else merges. */
    private void matchSplits(boolean forward) {
        WordBag[] wholes = forward ? bagsBefore : bagsAfter;
        WordBag[] parts = forward ? bagsAfter : bagsBefore;
        int[] wholeTaken = forward ? newOf : oldOf;
        int[] partTaken = forward ? oldOf : newOf;
        Map<String, List<Integer>> index = rareWordIndex(parts, partTaken);

        for (int w = 0; w < wholes.length; w++) {
            if (wholeTaken[w] >= 0 || wholes[w].size() < 6) {
                continue;
            }
            List<Integer> run = longestContainedRun(wholes[w], candidates(wholes[w], index), parts);
            if (run.size() < 2) {
                continue;
            }
            WordBag joined = WordBag.union(run.stream().map(p -> parts[p]).toList());
            if (wholes[w].containedIn(joined) >= SPLIT_COVERAGE) {
                double similarity = wholes[w].similarity(joined);
                if (forward) {
                    pair(Match.SPLIT, List.of(w), run, similarity);
                } else {
                    pair(Match.MERGED, run, List.of(w), similarity);
                }
            }
        }
    }

    private List<Integer> longestContainedRun(
            WordBag whole, List<Integer> candidates, WordBag[] parts) {
        List<Integer> contained =
                candidates.stream()
                        .filter(
                                p ->
                                        parts[p].size() >= 3
                                                && parts[p].containedIn(whole) >= PART_CONTAINMENT)
                        .sorted()
                        .toList();
        List<Integer> best = List.of();
        List<Integer> current = new ArrayList<>();
        for (int p : contained) {
            if (!current.isEmpty() && current.get(current.size() - 1) != p - 1) {
                current = new ArrayList<>();
            }
            current.add(p);
            if (current.size() > best.size()) {
                best = List.copyOf(current);
            }
        }
        return best;
    }

    private void matchEdits() {
        Map<String, List<Integer>> index = rareWordIndex(bagsAfter, oldOf);
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < bagsBefore.length; i++) {
            if (newOf[i] >= 0) {
                continue;
            }
            Set<Integer> pool = new HashSet<>(candidates(bagsBefore[i], index));
            pool.addAll(gapCandidates(i));
            for (int j : pool) {
                if (kindOf(before.get(i)).equals(kindOf(after.get(j)))) {
                    double similarity = similarity(i, j);
                    if (similarity >= EDIT_THRESHOLD) {
                        scored.add(new double[] {similarity, i, j});
                    }
                }
            }
        }
        scored.sort(
                Comparator.comparingDouble((double[] s) -> -s[0]).thenComparingDouble(s -> s[1]));
        for (double[] s : scored) {
            int i = (int) s[1];
            int j = (int) s[2];
            if (newOf[i] < 0 && oldOf[j] < 0) {
                pair(inOrder(i, j) ? Match.EDITED : Match.MOVED, List.of(i), List.of(j), s[0]);
            }
        }
    }

    /** Word overlap; two "last updated" statements are the same provision whatever their dates. */
    private double similarity(int i, int j) {
        double overlap = bagsBefore[i].similarity(bagsAfter[j]);
        if (overlap < EDIT_THRESHOLD
                && StatedDates.isDateLine(before.get(i).text())
                && StatedDates.isDateLine(after.get(j).text())) {
            return EDIT_THRESHOLD;
        }
        return overlap;
    }

    private static String kindOf(Provision provision) {
        return Provision.HEADING.equals(provision.kind()) ? Provision.HEADING : "body";
    }

    /**
     * True when new position {@code j} lies between the partners of old neighbours of {@code i}.
     */
    private boolean inOrder(int i, int j) {
        return j > lowAnchor(i) && j < highAnchor(i);
    }

    private int lowAnchor(int i) {
        return low[i];
    }

    private int highAnchor(int i) {
        return high[i];
    }

    /** For each old provision, the new positions of the nearest in-place matches around it. */
    private void computeAnchors() {
        int last = -1;
        for (int i = 0; i < newOf.length; i++) {
            low[i] = last;
            last = anchored[i] ? newOf[i] : last;
        }
        int next = after.size();
        for (int i = newOf.length - 1; i >= 0; i--) {
            high[i] = next;
            next = anchored[i] ? newOf[i] : next;
        }
    }

    /** Untaken new provisions in the same gap between anchors as old provision {@code i}. */
    private List<Integer> gapCandidates(int i) {
        List<Integer> found = new ArrayList<>();
        int high = highAnchor(i);
        for (int j = lowAnchor(i) + 1; j < high && found.size() < MAX_CANDIDATES; j++) {
            if (oldOf[j] < 0) {
                found.add(j);
            }
        }
        return found;
    }

    private void addLeftovers() {
        for (int i = 0; i < newOf.length; i++) {
            if (newOf[i] < 0) {
                matches.add(new Match(Match.REMOVED, List.of(i), List.of(), 0));
            }
        }
        for (int j = 0; j < oldOf.length; j++) {
            if (oldOf[j] < 0) {
                matches.add(new Match(Match.ADDED, List.of(), List.of(j), 0));
            }
        }
    }

    /** Words that occur in few untaken provisions, each pointing to those provisions. */
    private static Map<String, List<Integer>> rareWordIndex(WordBag[] bags, int[] taken) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int p = 0; p < bags.length; p++) {
            if (taken[p] < 0) {
                for (String word : bags[p].distinct()) {
                    index.computeIfAbsent(word, w -> new ArrayList<>()).add(p);
                }
            }
        }
        index.values().removeIf(postings -> postings.size() > MAX_POSTINGS);
        return index;
    }

    /** The untaken provisions sharing the most rare words with {@code bag}. */
    private static List<Integer> candidates(WordBag bag, Map<String, List<Integer>> index) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String word : bag.distinct()) {
            for (int p : index.getOrDefault(word, List.of())) {
                shared.merge(p, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .sorted(
                        Map.Entry.<Integer, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void pair(String kind, List<Integer> olds, List<Integer> news, double similarity) {
        for (int i : olds) {
            newOf[i] = news.get(0);
        }
        for (int j : news) {
            oldOf[j] = olds.get(0);
        }
        matches.add(new Match(kind, olds, news, similarity));
    }

    /** Document order of the new version, with a removal just after its old predecessor. */
    private double position(Match match) {
        return match.after().isEmpty()
                ? lowAnchor(match.before().get(0)) + 0.5
                : match.after().get(0);
    }
}
