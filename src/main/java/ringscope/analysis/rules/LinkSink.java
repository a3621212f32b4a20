package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * Collects the shared values and links of one run. Values get local ids 1..n in order of registration; links point to
 * them. Also tells which pairs are linked at all (for rules that only test linked pairs). Not thread-safe.
 */
public final class LinkSink {
    private final List<SharedValue> values = new ArrayList<>();
    private final List<LinkRecord> links = new ArrayList<>();

    /** Registers a shared value that makes links and returns it (with its local id). */
    public SharedValue value(LinkRule rule, String text, int ref, int accounts) {
        SharedValue v = new SharedValue(values.size() + 1L, rule, text, ref, accounts, true);
        values.add(v);
        return v;
    }

    /** Records a value too common to make links, so that explanations can say how common it is. */
    public void common(LinkRule rule, String text, int ref, int accounts) {
        values.add(new SharedValue(values.size() + 1L, rule, text, ref, accounts, false));
    }

    /**
     * Adds a link between accounts {@code a != b} (any order) on value {@code v}.
     *
     * @param evidence number of source rows behind the link (what {@code Rule.evidence} lists)
     * @param firstMs first time of the evidence, -1 when unknown
     * @param lastMs last time of the evidence, -1 when unknown
     */
    public void link(SharedValue v, int a, int b, double weight, long evidence, long firstMs, long lastMs,
            String detail) {
        if (a == b) {
            throw new IllegalArgumentException("an account cannot be linked to itself: " + a);
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        links.add(new LinkRecord(0, 0, lo, hi, v.rule(), weight, v, evidence, firstMs, lastMs, detail));
    }

    public static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xFFFFFFFFL);
    }

    /**
     * The pair of {@code a} and {@code b} as a key for a {@code HashMap<Long, ...>}: {@link #key} times an odd constant,
     * a one-to-one map of longs ({@link #lowOf} and {@link #highOf} undo it). The plain key's {@code Long.hashCode} is
     * {@code lo ^ hi}: the campaign's millions of pairs of account refs below 2^17 shared about 130,000 hashes, the
     * map's bins turned into trees searched by comparison, and putting a pair took a third of the shared-IP, shared
     * network and proxy-pool steps (JFR).
     */
    static long hashKey(int a, int b) {
        return key(a, b) * MIX;
    }

    /** The lower account ref of a {@link #hashKey}. */
    static int lowOf(long hashKey) {
        return (int) ((hashKey * UNMIX) >>> 32);
    }

    /** The higher account ref of a {@link #hashKey}. */
    static int highOf(long hashKey) {
        return (int) (hashKey * UNMIX);
    }

    private static final long MIX = 0x9E37_79B9_7F4A_7C15L;
    private static final long UNMIX = 0xF1DE_83E1_9937_733DL; // MIX * UNMIX == 1 (mod 2^64)

    /**
     * Pairs (see {@link #key}) linked by any rule so far, ascending, each once. Sorted from the links rather than
     * kept in a {@code HashSet<Long>}: a key's {@code Long.hashCode} is {@code lo ^ hi}, so the campaign's 6 million
     * pairs fell into ~130,000 hash bins, every bin a tree (about 500 MB of tree nodes and boxed keys).
     */
    public long[] linkedPairs() {
        long[] keys = new long[links.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(links.get(i).accountA(), links.get(i).accountB());
        }
        return sortedDistinct(keys, keys.length);
    }

    /** The first {@code n} of {@code keys}, sorted and each once (sorts {@code keys} in place). */
    static long[] sortedDistinct(long[] keys, int n) {
        Arrays.sort(keys, 0, n);
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (out == 0 || keys[i] != keys[out - 1]) {
                keys[out++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, out);
    }

    public List<SharedValue> values() {
        return values;
    }

    public List<LinkRecord> links() {
        return links;
    }
}
