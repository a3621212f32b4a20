package ringscope.analysis.rules;

import java.util.List;

/**
 * Which pairs of a group sharing one value get a link, without n² blow-ups: every pair when the group has at most
 * {@code fullPairsUpTo} members, else each member with its next {@code chainNeighbours} in the group's order (the
 * group stays connected through O(n) links).
 */
public final class Pairing {
    private Pairing() {}

    /** Receives one pair of group positions {@code i < j}. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int i, int j);
    }

    /** Offers the pairs of a group of {@code n} members, in the group's order. */
    public static void pairs(int n, int fullPairsUpTo, int chainNeighbours, PairConsumer out) {
        boolean full = n <= fullPairsUpTo;
        for (int i = 0; i < n; i++) {
            int last = full ? n - 1 : Math.min(n - 1, i + chainNeighbours);
            for (int j = i + 1; j <= last; j++) {
                out.accept(i, j);
            }
        }
    }

    /** Convenience for lists. */
    public static <T> void pairs(List<T> group, int fullPairsUpTo, int chainNeighbours, PairConsumer out) {
        pairs(group.size(), fullPairsUpTo, chainNeighbours, out);
    }
}
