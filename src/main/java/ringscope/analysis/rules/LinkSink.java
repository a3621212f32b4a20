package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * Collects the shared values and links of one run. Values get local ids 1..n in order of registration; links point to
 * them. Also remembers which pairs are linked at all (for rules that only test linked pairs). Not thread-safe.
 */
public final class LinkSink {
    private final List<SharedValue> values = new ArrayList<>();
    private final List<LinkRecord> links = new ArrayList<>();
    private final Set<Long> pairs = new HashSet<>();

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
        pairs.add(key(lo, hi));
    }

    public static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xFFFFFFFFL);
    }

    /** Pairs (see {@link #key}) linked by any rule so far; a snapshot. */
    public Set<Long> linkedPairs() {
        return new HashSet<>(pairs);
    }

    public List<SharedValue> values() {
        return values;
    }

    public List<LinkRecord> links() {
        return links;
    }
}
