package ringscope.analysis.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<Long, double[]> pairs = new HashMap<>(); // PairWeight accumulator, then the number of links
        for (LinkRecord l : links) {
            if (params.excludedRules().contains(l.rule())) {
                continue;
            }
            long key = ((long) l.accountA() << 32) | (l.accountB() & 0xFFFFFFFFL);
            double[] v = pairs.computeIfAbsent(key, k -> new double[PairWeight.SLOTS + 1]);
            PairWeight.add(v, l.rule(), l.weight());
            v[PairWeight.SLOTS]++;
        }
        pairs.values().forEach(v -> { // from here on {binding weight, links}
            double binding = PairWeight.binding(v);
            v[1] = v[PairWeight.SLOTS];
            v[0] = binding;
        });
        pairs.values().removeIf(v -> v[0] < params.minPairWeight());
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] ends = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            ends[2 * i] = (int) (keys[i] >>> 32);
            ends[2 * i + 1] = (int) keys[i];
        }
        int[] accounts = Arrays.stream(ends).distinct().sorted().toArray();
        int[] degree = new int[accounts.length + 1];
        for (long k : keys) {
            degree[index(accounts, (int) (k >>> 32))]++;
            degree[index(accounts, (int) k)]++;
        }
        int[] offsets = new int[accounts.length + 1];
        for (int i = 0; i < accounts.length; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(offsets, accounts.length);
        int[] nbr = new int[offsets[accounts.length]];
        double[] w = new double[nbr.length];
        int[] lc = new int[nbr.length];
        for (long k : keys) {
            int a = index(accounts, (int) (k >>> 32));
            int b = index(accounts, (int) k);
            double[] v = pairs.get(k);
            nbr[fill[a]] = b;
            w[fill[a]] = v[0];
            lc[fill[a]++] = (int) v[1];
            nbr[fill[b]] = a;
            w[fill[b]] = v[0];
            lc[fill[b]++] = (int) v[1];
        }
        return new PairGraph(accounts, offsets, nbr, w, lc);
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
