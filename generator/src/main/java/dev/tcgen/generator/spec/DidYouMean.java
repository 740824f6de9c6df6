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
        // One edit per three letters: 'strng' finds 'string', but 'Thing' must not find 'string'.
        int tolerance = Math.max(1, word.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. A swap
     * counts as one edit because swapped letters are the commonest typo ({@code titel}).
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
