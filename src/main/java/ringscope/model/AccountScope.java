package ringscope.model;

import java.util.Arrays;

/**
 * Which accounts a timeline measure covers: the whole case ({@link #wholeCase()}, no account filter) or an explicit
 * set of account refs (a cluster, a tag, the selection), named for display.
 *
 * @param label what the set is, for the user ("cluster 12", "selection (3 accounts)")
 * @param refs sorted, distinct account refs; null for the whole case
 */
public record AccountScope(String label, int[] refs) {
    public AccountScope {
        refs = refs == null ? null : Arrays.stream(refs).distinct().sorted().toArray();
    }

    public static AccountScope wholeCase() {
        return new AccountScope("whole case", null);
    }

    public static AccountScope of(String label, int[] refs) {
        return new AccountScope(label, refs);
    }

    public boolean isWholeCase() {
        return refs == null;
    }

    /** Number of accounts, or -1 for the whole case. */
    public int size() {
        return refs == null ? -1 : refs.length;
    }

    /** A copy of the refs (empty for the whole case). */
    public int[] refsCopy() {
        return refs == null ? new int[0] : refs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountScope s && s.label.equals(label) && Arrays.equals(s.refs, refs);
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(refs);
    }

    @Override
    public String toString() {
        return label + (refs == null ? "" : " (" + refs.length + " accounts)");
    }
}
