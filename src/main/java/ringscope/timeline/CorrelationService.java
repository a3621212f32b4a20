package ringscope.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountScope;
import ringscope.model.CancelToken;
import ringscope.model.TimeRange;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineScopes;

/**
 * The correlation view's measure: pairwise hourly correlation among the {@code maxAccounts} most active accounts of a
 * scope, rows ordered by similarity to the group (as in the swimlanes). Plain Java; call off the UI thread.
 */
public final class CorrelationService {
    private final TimelineQueries queries;
    private final TimelineScopes scopes;

    public CorrelationService(TimelineQueries queries, TimelineScopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    /** @throws java.util.concurrent.CancellationException when {@code cancel} is set between rows */
    public CorrelationMatrix matrix(AccountScope scope, TimeRange range, int maxAccounts, CancelToken cancel) {
        TimeRange aligned = BinSizes.align(range, BinSizes.HOUR);
        int columns = (int) (aligned.lengthMs() / BinSizes.HOUR);
        Lanes lanes = Lanes.of(queries, scope, aligned, aligned.fromMs(), BinSizes.HOUR, columns, true);
        List<Integer> rows = lanes.mostActive(maxAccounts);
        double[] mean = lanes.mean(rows);
        rows.sort(java.util.Comparator.comparingDouble((Integer i) -> -Series.pearson(lanes.cells.get(i), mean))
                .thenComparing(lanes.refs::get));
        int n = rows.size();
        double[][] r = new double[n][n];
        for (int a = 0; a < n; a++) {
            if (cancel.isCancelled()) {
                throw new java.util.concurrent.CancellationException("correlation cancelled");
            }
            r[a][a] = 1;
            for (int b = a + 1; b < n; b++) {
                int i = rows.get(a);
                int j = rows.get(b);
                double v = HourlyCorrelation.of(lanes.sparseHours.get(i), lanes.sparseCounts.get(i),
                        lanes.sparseHours.get(j), lanes.sparseCounts.get(j));
                r[a][b] = v;
                r[b][a] = v;
            }
        }
        int[] refs = rows.stream().mapToInt(lanes.refs::get).toArray();
        Map<Integer, String> ids = scopes.accountIds(AccountScope.of("matrix", refs));
        List<String> names = new ArrayList<>();
        for (int ref : refs) {
            names.add(ids.getOrDefault(ref, "#" + ref));
        }
        String note = n < lanes.refs.size() ? String.format("showing %,d of %,d accounts (most active)", n,
                lanes.refs.size()) : "";
        return new CorrelationMatrix(aligned, names, refs, r, note);
    }
}
