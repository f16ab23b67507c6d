package io.clausewatch.diff.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The lower-cased words of a provision with their counts, for overlap measures. */
record WordBag(Map<String, Integer> counts, int size) {

    static WordBag of(String cosmeticKey) {
        List<String> words = cosmeticKey.isEmpty() ? List.of() : List.of(cosmeticKey.split(" "));
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return new WordBag(counts, words.size());
    }

    static WordBag union(List<WordBag> bags) {
        Map<String, Integer> counts = new HashMap<>();
        int size = 0;
        for (WordBag bag : bags) {
            bag.counts.forEach((word, n) -> counts.merge(word, n, Integer::sum));
            size += bag.size;
        }
        return new WordBag(counts, size);
    }

    Set<String> distinct() {
        return counts.keySet();
    }

    int overlap(WordBag other) {
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int shared = 0;
        for (Map.Entry<String, Integer> entry : small.entrySet()) {
            shared += Math.min(entry.getValue(), large.getOrDefault(entry.getKey(), 0));
        }
        return shared;
    }

    /** Dice coefficient: 1 for the same words, 0 for none in common. */
    double similarity(WordBag other) {
        if (size == 0 && other.size == 0) {
            return 1;
        }
        return 2.0 * overlap(other) / (size + other.size);
    }

    /** The share of this bag's words that also occur in {@code other}. */
    double containedIn(WordBag other) {
        return size == 0 ? 0 : (double) overlap(other) / size;
    }
}
