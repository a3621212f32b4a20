package ringscope.importer;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import ringscope.model.AccountTermCell;
import ringscope.model.AccountTotals;
import ringscope.model.ActivityCell;
import ringscope.model.InteractionRecord;

/**
 * Per account × hour, per account × term and per account totals, accumulated while interactions stream through the
 * importer so that neither the analysis nor the views ever GROUP BY the raw table (STACK.md: 20-40 s per GROUP BY at
 * 10M rows). Supports removal for rows later quarantined as conflicting duplicates. Not thread-safe.
 */
final class ActivityAggregates {
    private static final long HOUR = 3_600_000L;

    private final LongIndex hourIndex = new LongIndex(1 << 16);
    private int[] hourCount = new int[1 << 16];
    private long[] hourIn = new long[1 << 16];
    private long[] hourOut = new long[1 << 16];

    private final LongIndex termIndex = new LongIndex(1 << 16);
    private int[] termCount = new int[1 << 16];
    private long[] termFirst = new long[1 << 16];
    private long[] termLast = new long[1 << 16];

    private final LongIndex accountIndex = new LongIndex(1 << 10);
    private long[] accCount = new long[1 << 10];
    private long[] accIn = new long[1 << 10];
    private long[] accOut = new long[1 << 10];
    private long[] accFirst = new long[1 << 10];
    private long[] accLast = new long[1 << 10];

    void add(InteractionRecord r) {
        apply(r, 1);
    }

    /** Undoes {@link #add} for a row that is quarantined after all (first/last times are kept: bounds only). */
    void remove(InteractionRecord r) {
        apply(r, -1);
    }

    private void apply(InteractionRecord r, int sign) {
        long bucket = Math.floorDiv(r.tsMs(), HOUR) * HOUR;
        int h = hourIndex.indexOf(((long) r.accountRef() << 32) | (bucket / HOUR & 0xFFFFFFFFL));
        if (h >= hourCount.length) {
            int n = hourCount.length * 2;
            hourCount = Arrays.copyOf(hourCount, n);
            hourIn = Arrays.copyOf(hourIn, n);
            hourOut = Arrays.copyOf(hourOut, n);
        }
        hourCount[h] += sign;
        hourIn[h] += sign * (long) r.inputTokens();
        hourOut[h] += sign * (long) r.outputTokens();
        int a = accountIndex.indexOf(r.accountRef());
        if (a >= accCount.length) {
            growAccounts();
        }
        if (accCount[a] == 0 && sign > 0 && accFirst[a] == 0 && accLast[a] == 0) {
            accFirst[a] = Long.MAX_VALUE;
            accLast[a] = Long.MIN_VALUE;
        }
        accCount[a] += sign;
        accIn[a] += sign * (long) r.inputTokens();
        accOut[a] += sign * (long) r.outputTokens();
        if (sign > 0) {
            accFirst[a] = Math.min(accFirst[a], r.tsMs());
            accLast[a] = Math.max(accLast[a], r.tsMs());
        }
        term(r.accountRef(), r.apiKeyRef(), r.tsMs(), sign);
        term(r.accountRef(), r.ipRef(), r.tsMs(), sign);
        term(r.accountRef(), r.userAgentRef(), r.tsMs(), sign);
        term(r.accountRef(), r.modelRef(), r.tsMs(), sign);
        term(r.accountRef(), r.categoryRef(), r.tsMs(), sign);
        term(r.accountRef(), r.templateRef(), r.tsMs(), sign);
        term(r.accountRef(), r.endUserRef(), r.tsMs(), sign);
    }

    private void term(int account, int term, long ts, int sign) {
        if (term == 0) {
            return;
        }
        int t = termIndex.indexOf(((long) account << 32) | (term & 0xFFFFFFFFL));
        if (t >= termCount.length) {
            int n = termCount.length * 2;
            termCount = Arrays.copyOf(termCount, n);
            termFirst = Arrays.copyOf(termFirst, n);
            termLast = Arrays.copyOf(termLast, n);
        }
        if (termCount[t] == 0 && sign > 0) {
            termFirst[t] = ts;
            termLast[t] = ts;
        }
        termCount[t] += sign;
        termFirst[t] = Math.min(termFirst[t], ts);
        termLast[t] = Math.max(termLast[t], ts);
    }

    private void growAccounts() {
        int n = accCount.length * 2;
        accCount = Arrays.copyOf(accCount, n);
        accIn = Arrays.copyOf(accIn, n);
        accOut = Arrays.copyOf(accOut, n);
        accFirst = Arrays.copyOf(accFirst, n);
        accLast = Arrays.copyOf(accLast, n);
    }

    int hourCells() {
        return hourIndex.size();
    }

    /** Cells in primary-key order (account, hour): B-tree appends instead of random inserts. */
    Iterator<ActivityCell> activity() {
        return new CellIterator<>(hourIndex, i -> hourCount[i] > 0, (k, i) -> new ActivityCell((int) (k >>> 32),
                (k & 0xFFFFFFFFL) * HOUR, hourCount[i], hourIn[i], hourOut[i]));
    }

    Iterator<AccountTermCell> accountTerms() {
        return new CellIterator<>(termIndex, i -> termCount[i] > 0, (k, i) -> new AccountTermCell(
                (int) (k >>> 32), (int) k, termCount[i], termFirst[i], termLast[i]));
    }

    Iterator<AccountTotals> totals() {
        return new CellIterator<>(accountIndex, i -> accCount[i] > 0, (k, i) -> new AccountTotals(
                (int) k, accCount[i], accIn[i], accOut[i], accFirst[i], accLast[i]));
    }

    /** A cell made from its key and its value index. */
    @FunctionalInterface
    private interface CellMaker<T> {
        T make(long key, int index);
    }

    /** Iterates the keys of an index in ascending order, skipping emptied cells. */
    private static final class CellIterator<T> implements Iterator<T> {
        private final LongIndex index;
        private final long[] keys;
        private final java.util.function.IntPredicate keep;
        private final CellMaker<T> make;
        private int i;

        CellIterator(LongIndex index, java.util.function.IntPredicate keep, CellMaker<T> make) {
            this.index = index;
            this.keys = index.sortedKeys();
            this.keep = keep;
            this.make = make;
            skip();
        }

        private void skip() {
            while (i < keys.length && !keep.test(index.find(keys[i]))) {
                i++;
            }
        }

        @Override
        public boolean hasNext() {
            return i < keys.length;
        }

        @Override
        public T next() {
            if (i >= keys.length) {
                throw new NoSuchElementException();
            }
            long k = keys[i++];
            T t = make.make(k, index.find(k));
            skip();
            return t;
        }
    }
}
