package ringscope.importer;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Aggregate cells keyed by a long (account and hour, or account and term) in parallel primitive arrays: a count and
 * two long values that are either summed (tokens) or kept as a span (first and last time). Counts may go negative
 * when a row that was already written out is quarantined later (a conflicting duplicate); such a cell is a delta that
 * the writer adds to the stored cell. About 60 bytes per cell; not thread-safe.
 */
final class CellTable {
    /** How the two long values combine. */
    enum Combine {
        SUM, SPAN
    }

    /** A cell made from its key, count and values. */
    @FunctionalInterface
    interface CellMaker<T> {
        T make(long key, int count, long a, long b);
    }

    private final Combine combine;
    private final LongIndex index = new LongIndex(1 << 16);
    private int[] count = new int[1 << 16];
    private long[] a = new long[1 << 16];
    private long[] b = new long[1 << 16];

    CellTable(Combine combine) {
        this.combine = combine;
    }

    /** Adds one row ({@code sign} 1) or takes one away (-1); spans only ever widen. */
    void apply(long key, int sign, long x, long y) {
        int before = index.size();
        int i = index.indexOf(key);
        if (i >= count.length) {
            int n = count.length * 2;
            count = Arrays.copyOf(count, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
        }
        if (index.size() > before && combine == Combine.SPAN) {
            a[i] = Long.MAX_VALUE; // a fresh cell: the neutral span, so that a removal alone carries no bounds
            b[i] = Long.MIN_VALUE;
        }
        count[i] += sign;
        if (combine == Combine.SUM) {
            a[i] += sign * x;
            b[i] += sign * y;
        } else if (sign > 0) {
            a[i] = Math.min(a[i], x);
            b[i] = Math.max(b[i], y);
        }
    }

    int size() {
        return index.size();
    }

    /**
     * Every cell in ascending key order (primary-key order: B-tree appends instead of random inserts). A cell exists
     * only once a row touched it, so each one carries something: a count that nets to zero (one row added, an earlier
     * row of the same cell quarantined) still changes the tokens and the span.
     */
    <T> Iterator<T> cells(CellMaker<T> make) {
        long[] keys = index.sortedKeys();
        return new Iterator<>() {
            private int k;

            @Override
            public boolean hasNext() {
                return k < keys.length;
            }

            @Override
            public T next() {
                if (k >= keys.length) {
                    throw new NoSuchElementException();
                }
                long key = keys[k++];
                int i = index.find(key);
                return make.make(key, count[i], a[i], b[i]);
            }
        };
    }
}
