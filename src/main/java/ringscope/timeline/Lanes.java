package ringscope.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import ringscope.model.AccountScope;
import ringscope.model.TimeRange;
import ringscope.store.TimelineQueries;

/**
 * Dense per-account activity rows built from the hourly cells of a scope (handed over account by account): the working
 * form behind swimlanes and the correlation matrix. Not thread-safe; one per computation.
 */
final class Lanes {
    final List<Integer> refs = new ArrayList<>();
    final List<int[]> cells = new ArrayList<>();
    final List<long[]> sparseHours = new ArrayList<>();
    final List<long[]> sparseCounts = new ArrayList<>();
    private final List<Long> totals = new ArrayList<>();

    private final long fromMs;
    private final long binMs;
    private final int columns;
    private final boolean sparse;
    private int current = Integer.MIN_VALUE;
    private int[] row;
    private long[] hours = new long[64];
    private long[] counts = new long[64];
    private int n;
    private long total;

    private Lanes(long fromMs, long binMs, int columns, boolean sparse) {
        this.fromMs = fromMs;
        this.binMs = binMs;
        this.columns = columns;
        this.sparse = sparse;
    }

    /**
     * Rows of {@code columns} bins of {@code binMs} from {@code fromMs}, one per account {@code queries} hands over;
     * with {@code sparse} also each account's hours and counts as they came (for {@link HourlyCorrelation}), else
     * {@link #sparseHours} and {@link #sparseCounts} stay empty.
     */
    static Lanes of(TimelineQueries queries, AccountScope scope, TimeRange range, long fromMs, long binMs,
            int columns, boolean sparse) {
        Lanes lanes = new Lanes(fromMs, binMs, columns, sparse);
        queries.hourlyCounts(scope, range, lanes::cell);
        lanes.close();
        return lanes;
    }

    /** Takes the cells of one account after another (see {@link ringscope.store.ActivitySeries.CountVisitor}). */
    private void cell(int ref, long bucketMs, int interactions) {
        if (ref != current) {
            close();
            current = ref;
            row = new int[columns];
        }
        int col = (int) ((bucketMs - fromMs) / binMs);
        if (col >= 0 && col < columns) {
            row[col] += interactions;
        }
        if (sparse) {
            if (n == hours.length) {
                hours = Arrays.copyOf(hours, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
            }
            hours[n] = Math.floorDiv(bucketMs, BinSizes.HOUR);
            counts[n] = interactions;
            n++;
        }
        total += interactions;
    }

    private void close() {
        if (row == null) {
            return;
        }
        refs.add(current);
        cells.add(row);
        if (sparse) {
            sparseHours.add(Arrays.copyOf(hours, n));
            sparseCounts.add(Arrays.copyOf(counts, n));
        }
        totals.add(total);
        row = null;
        n = 0;
        total = 0;
    }

    /** Indexes of the {@code max} most active rows (all when fewer), in a mutable list. */
    List<Integer> mostActive(int max) {
        return IntStream.range(0, refs.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> totals.get(i)).reversed().thenComparing(refs::get))
                .limit(max)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** First column with activity, or MAX_VALUE. */
    int firstColumn(int index) {
        int[] row = cells.get(index);
        for (int c = 0; c < row.length; c++) {
            if (row[c] > 0) {
                return c;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Column-wise mean of the given rows. */
    double[] mean(List<Integer> rows) {
        int columns = cells.isEmpty() ? 0 : cells.get(0).length;
        double[] mean = new double[columns];
        for (int i : rows) {
            int[] row = cells.get(i);
            for (int c = 0; c < columns; c++) {
                mean[c] += row[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            mean[c] /= Math.max(1, rows.size());
        }
        return mean;
    }
}
