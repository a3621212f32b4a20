package ringscope.analysis.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import ringscope.model.ClusterParameters;
import ringscope.model.LinkRecord;

/**
 * The weighted account graph clustering works on: per pair of accounts, the weight with which its links bind it
 * ({@link PairWeight}: their summed weight, a shared template and user agent counting once, a sign-up burst at most
 * as much as the rest; rules in
 * {@code excludedRules} left out); only pairs whose weight reaches {@code minPairWeight} are edges ("bound"). So one
 * strong link binds, a weak one or a sign-up burst alone never does, and several weaker ones together may. Stored compactly (CSR) for
 * millions of pairs. Immutable.
 */
public final class PairGraph {
    private final int[] accounts;        // node index → account ref, ascending
    private final int[] offsets;         // node i's neighbours are neighbours[offsets[i] .. offsets[i + 1])
    private final int[] neighbours;
    private final double[] weights;
    private final int[] linkCounts;

    private PairGraph(int[] accounts, int[] offsets, int[] neighbours, double[] weights, int[] linkCounts) {
        this.accounts = accounts;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
        this.linkCounts = linkCounts;
    }

    /** Builds the graph of the bound pairs of {@code links}. */
    public static PairGraph of(Collection<LinkRecord> links, ClusterParameters params) {
        // the links in pair order (a stable sort: each pair's links keep their order, so its sums are the same to
        // the last bit as when they were accumulated in a map), then one pass per pair. Not a HashMap<Long, ...>:
        // a pair key's Long.hashCode is lo ^ hi, and the campaign's 6 million pairs made every bin a tree
        LinkRecord[] sorted = links.stream().filter(l -> !params.excludedRules().contains(l.rule()))
                .toArray(LinkRecord[]::new);
        Arrays.sort(sorted, java.util.Comparator.comparingLong(PairGraph::key));
        long[] keys = new long[sorted.length];
        double[] bindings = new double[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        double[] acc = new double[PairWeight.SLOTS];
        for (int i = 0; i < sorted.length; ) {
            long key = key(sorted[i]);
            Arrays.fill(acc, 0);
            int links0 = i;
            for (; i < sorted.length && key(sorted[i]) == key; i++) {
                PairWeight.add(acc, sorted[i].rule(), sorted[i].weight());
            }
            double binding = PairWeight.binding(acc);
            if (binding >= params.minPairWeight()) {
                keys[n] = key;
                bindings[n] = binding;
                counts[n++] = i - links0;
            }
        }
        int[] ends = new int[n * 2];
        for (int i = 0; i < n; i++) {
            ends[2 * i] = (int) (keys[i] >>> 32);
            ends[2 * i + 1] = (int) keys[i];
        }
        int[] accounts = Arrays.stream(ends).distinct().sorted().toArray();
        int[] degree = new int[accounts.length + 1];
        for (int i = 0; i < n; i++) {
            degree[index(accounts, (int) (keys[i] >>> 32))]++;
            degree[index(accounts, (int) keys[i])]++;
        }
        int[] offsets = new int[accounts.length + 1];
        for (int i = 0; i < accounts.length; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(offsets, accounts.length);
        int[] nbr = new int[offsets[accounts.length]];
        double[] w = new double[nbr.length];
        int[] lc = new int[nbr.length];
        for (int i = 0; i < n; i++) {
            int a = index(accounts, (int) (keys[i] >>> 32));
            int b = index(accounts, (int) keys[i]);
            nbr[fill[a]] = b;
            w[fill[a]] = bindings[i];
            lc[fill[a]++] = counts[i];
            nbr[fill[b]] = a;
            w[fill[b]] = bindings[i];
            lc[fill[b]++] = counts[i];
        }
        return new PairGraph(accounts, offsets, nbr, w, lc);
    }

    private static long key(LinkRecord l) {
        return ((long) l.accountA() << 32) | (l.accountB() & 0xFFFFFFFFL);
    }

    private static int index(int[] sorted, int account) {
        return Arrays.binarySearch(sorted, account);
    }

    /** Number of accounts with at least one bound pair. */
    public int size() {
        return accounts.length;
    }

    public int account(int node) {
        return accounts[node];
    }

    /** Node index of an account, or a negative number when it has no bound pair. */
    public int node(int account) {
        return index(accounts, account);
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    public int neighbour(int node, int k) {
        return neighbours[offsets[node] + k];
    }

    public double weight(int node, int k) {
        return weights[offsets[node] + k];
    }

    public int links(int node, int k) {
        return linkCounts[offsets[node] + k];
    }

    /** All accounts of the graph, ascending. */
    public List<Integer> accounts() {
        return Arrays.stream(accounts).boxed().toList();
    }
}
