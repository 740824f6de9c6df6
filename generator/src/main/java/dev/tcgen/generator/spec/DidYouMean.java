package dev.tcgen.generator.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the known word a misspelt one was probably meant to be, for "did you mean" hints. */
public final class DidYouMean {

    private DidYouMean() {}

    /** The candidate nearest to {@code word}, if it is near enough to be a plausible typo. */
    public static Optional<String> closest(String word, Iterable<String> candidates) {
        if (word.length() > 64) {
            return Optional.empty(); // no name is that long; comparing would only cost time
        }
        List<String> sorted = new ArrayList<>();
        candidates.forEach(sorted::add);
        sorted.sort(Comparator.naturalOrder());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : sorted) {
            int distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, word.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
