package ringscope.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import ringscope.model.ActivityCell;

/**
 * Dense per-account activity rows built from hourly cells (ordered by account, then hour): the working form behind
 * swimlanes and the correlation matrix. Not thread-safe; one per computation.
 */
final class Lanes {
    final List<Integer> refs = new ArrayList<>();
    final List<int[]> cells = new ArrayList<>();
    final List<long[]> sparseHours = new ArrayList<>();
    final List<long[]> sparseCounts = new ArrayList<>();
    private final List<Long> totals = new ArrayList<>();

    private Lanes() {}

    /** Bins {@code hourly} into rows of {@code columns} bins of {@code binMs} from {@code fromMs}. */
    static Lanes of(List<ActivityCell> hourly, long fromMs, long binMs, int columns) {
        Lanes lanes = new Lanes();
        int start = 0;
        while (start < hourly.size()) {
            int ref = hourly.get(start).accountRef();
            int end = start;
            while (end < hourly.size() && hourly.get(end).accountRef() == ref) {
                end++;
            }
            lanes.add(ref, hourly.subList(start, end), fromMs, binMs, columns);
            start = end;
        }
        return lanes;
    }

    private void add(int ref, List<ActivityCell> run, long fromMs, long binMs, int columns) {
        int[] row = new int[columns];
        long[] hours = new long[run.size()];
        long[] counts = new long[run.size()];
        long total = 0;
        for (int k = 0; k < run.size(); k++) {
            ActivityCell c = run.get(k);
            int col = (int) ((c.bucketMs() - fromMs) / binMs);
            if (col >= 0 && col < columns) {
                row[col] += c.interactions();
            }
            hours[k] = Math.floorDiv(c.bucketMs(), BinSizes.HOUR);
            counts[k] = c.interactions();
            total += c.interactions();
        }
        refs.add(ref);
        cells.add(row);
        sparseHours.add(hours);
        sparseCounts.add(counts);
        totals.add(total);
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
