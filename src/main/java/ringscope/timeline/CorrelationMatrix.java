package ringscope.timeline;

import java.util.List;
import ringscope.model.TimeRange;

/**
 * Pairwise activity correlation of a cluster's accounts: {@code r[i][j]} is the Pearson correlation of the hourly series of
 * accounts i and j, measured as the synchronized-activity link rule measures it ({@link HourlyCorrelation}), so a
 * strong cell explains a synchrony link. Symmetric, 1 on the diagonal.
 *
 * @param r owned by this value, do not modify
 * @param note what was capped, or ""
 */
public record CorrelationMatrix(TimeRange range, List<String> accountIds, int[] accountRefs, double[][] r,
        String note) {
    public CorrelationMatrix {
        accountIds = List.copyOf(accountIds);
    }

    public int size() {
        return accountRefs.length;
    }

    /** Mean of the off-diagonal cells (0 for fewer than two accounts). */
    public double meanOffDiagonal() {
        int n = size();
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += i == j ? 0 : r[i][j];
            }
        }
        return sum / ((double) n * (n - 1));
    }
}
