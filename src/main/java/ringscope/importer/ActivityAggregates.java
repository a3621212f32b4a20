package ringscope.importer;

import java.util.Arrays;
import java.util.Iterator;
import ringscope.model.AccountTermCell;
import ringscope.model.AccountTotals;
import ringscope.model.ActivityCell;
import ringscope.model.InteractionRecord;

/**
 * Per account × hour, per account × term and per account totals, accumulated while interactions stream through the
 * importer so that neither the analysis nor the views ever GROUP BY the raw table (STACK.md: 20-40 s per GROUP BY at
 * 10M rows). The hour and term cells are bounded in memory: when they pass the import's cell budget the reader
 * {@linkplain #detachCells detaches} them to be added to the stored cells, and starts afresh (at campaign scale there
 * are ~25M account-hours, more than a 2 GB heap holds). Supports removal for rows later quarantined as conflicting
 * duplicates. Not thread-safe.
 */
final class ActivityAggregates {
    private static final long HOUR = 3_600_000L;

    /** Hour and term cells taken out of memory, to be added to what is stored. */
    record Cells(CellTable hours, CellTable terms) {
        Iterator<ActivityCell> activity() {
            return hours.cells((k, n, in, out) -> new ActivityCell((int) (k >>> 32), (k & 0xFFFFFFFFL) * HOUR, n, in,
                    out));
        }

        Iterator<AccountTermCell> accountTerms() {
            return terms.cells((k, n, first, last) -> new AccountTermCell((int) (k >>> 32), (int) k, n, first, last));
        }
    }

    private CellTable hours = new CellTable(CellTable.Combine.SUM);
    private CellTable terms = new CellTable(CellTable.Combine.SPAN);

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

    /** Hour and term cells held in memory now. */
    int cellCount() {
        return hours.size() + terms.size();
    }

    /** Hands over the hour and term cells held so far and starts new, empty ones (totals stay). */
    Cells detachCells() {
        Cells out = new Cells(hours, terms);
        hours = new CellTable(CellTable.Combine.SUM);
        terms = new CellTable(CellTable.Combine.SPAN);
        return out;
    }

    private void apply(InteractionRecord r, int sign) {
        long hour = Math.floorDiv(r.tsMs(), HOUR);
        hours.apply(((long) r.accountRef() << 32) | (hour & 0xFFFFFFFFL), sign, r.inputTokens(), r.outputTokens());
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
        if (term != 0) {
            terms.apply(((long) account << 32) | (term & 0xFFFFFFFFL), sign, ts, ts);
        }
    }

    private void growAccounts() {
        int n = accCount.length * 2;
        accCount = Arrays.copyOf(accCount, n);
        accIn = Arrays.copyOf(accIn, n);
        accOut = Arrays.copyOf(accOut, n);
        accFirst = Arrays.copyOf(accFirst, n);
        accLast = Arrays.copyOf(accLast, n);
    }

    Iterator<AccountTotals> totals() {
        long[] keys = accountIndex.sortedKeys();
        return Arrays.stream(keys).mapToObj(k -> {
            int i = accountIndex.find(k);
            return new AccountTotals((int) k, accCount[i], accIn[i], accOut[i], accFirst[i], accLast[i]);
        }).filter(t -> t.interactions() > 0).iterator();
    }
}
