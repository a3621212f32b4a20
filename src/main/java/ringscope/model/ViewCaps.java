package ringscope.model;

import java.util.Arrays;

/**
 * How much one graph view of accounts draws, and which edges it keeps when there are more: shared by the graph, which
 * applies the caps, and the analysis writer, which stores with each dense cluster the edges its unfiltered view draws
 * (so that opening it reads thousands of links, not the hundred thousand among its first members). Pure.
 */
public final class ViewCaps {
    /** Accounts drawn in one view at most (a cluster shows its first members, a neighbourhood its nearest). */
    public static final int ACCOUNTS = 2_000;
    /**
     * Edges (linked pairs of nodes) in one view at most (the caption then says "N of M links"). A dense cluster has
     * over 100,000 linked pairs among the 2,000 accounts shown: more than anyone can read, and every edge costs time on
     * the FX thread to enter GraphStream's graph and a force layout step.
     */
    public static final int EDGES = 8_000;
    /** Under the edge cap each node keeps at least its this-many heaviest edges; the heaviest of the rest fill it. */
    public static final int KEPT_PER_NODE = 2;

    private ViewCaps() {}

    /**
     * Which of {@code weight.length} edges a view keeps under a cap of {@code cap}: all of them if there are no more;
     * else, heaviest first, every edge that is one of the {@link #KEPT_PER_NODE} heaviest of either of its two nodes
     * (so no node is left without its strongest ties), then the heaviest of the rest until {@code cap}. Ties in weight
     * go by the positions of the two nodes in the view (the lower position first, then the higher): the more important
     * nodes first.
     *
     * @param weight each edge's weight
     * @param posA position in the view of one node of each edge (0 = first)
     * @param posB position of the other node (distinct from {@code posA})
     * @return the indexes of the kept edges, ascending
     */
    public static int[] keep(double[] weight, int[] posA, int[] posB, int cap) {
        int n = weight.length;
        if (posA.length != n || posB.length != n) {
            throw new IllegalArgumentException("one weight and two positions per edge");
        }
        if (n <= cap) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(weight[y], weight[x]);
            if (c == 0) {
                c = Integer.compare(Math.min(posA[x], posB[x]), Math.min(posA[y], posB[y]));
            }
            return c != 0 ? c : Integer.compare(Math.max(posA[x], posB[x]), Math.max(posA[y], posB[y]));
        });
        int maxPos = 0;
        for (int i = 0; i < n; i++) {
            maxPos = Math.max(maxPos, Math.max(posA[i], posB[i]));
        }
        int[] keptOf = new int[maxPos + 1];
        boolean[] take = new boolean[n];
        int taken = 0;
        for (int i = 0; i < n && taken < cap; i++) {
            int e = order[i];
            if (keptOf[posA[e]] < KEPT_PER_NODE || keptOf[posB[e]] < KEPT_PER_NODE) {
                take[e] = true;
                taken++;
                keptOf[posA[e]]++;
                keptOf[posB[e]]++;
            }
        }
        for (int i = 0, room = cap - taken; i < n && room > 0; i++) { // the heaviest of the rest
            int e = order[i];
            if (!take[e]) {
                take[e] = true;
                room--;
            }
        }
        int[] out = new int[cap];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (take[i]) {
                out[k++] = i;
            }
        }
        return out;
    }
}
