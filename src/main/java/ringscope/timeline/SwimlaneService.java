package ringscope.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountScope;
import ringscope.model.TimeRange;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineScopes;

/**
 * Builds swimlane matrices from the hourly aggregate: one query for the scope's cells in the window, then binning and
 * ordering in memory. At most {@code maxRows} rows (the most active accounts; the note says "showing N of M"). Plain
 * Java; call off the UI thread.
 */
public final class SwimlaneService {
    private final TimelineQueries queries;
    private final TimelineScopes scopes;

    public SwimlaneService(TimelineQueries queries, TimelineScopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    /**
     * @param scope an explicit account set (a cluster, a tag, the selection)
     * @param maxColumns picks the bin size (an hour at least)
     */
    public SwimlaneMatrix swimlanes(AccountScope scope, TimeRange range, int maxColumns, int maxRows, LaneOrder order) {
        long binMs = Math.max(BinSizes.HOUR, BinSizes.choose(range, maxColumns));
        TimeRange aligned = BinSizes.align(range, binMs);
        int columns = (int) (aligned.lengthMs() / binMs);
        Lanes lanes = Lanes.of(queries, scope, aligned, aligned.fromMs(), binMs, columns, false);
        int total = lanes.refs.size();
        List<Integer> rows = lanes.mostActive(maxRows);
        rows.sort(comparator(lanes, rows, order));
        Map<Integer, String> ids = scopes.accountIds(AccountScope.of("rows", rows.stream().mapToInt(i -> lanes.refs
                .get(i)).toArray()));
        int[] refs = new int[rows.size()];
        int[][] cells = new int[rows.size()][];
        List<String> names = new ArrayList<>();
        int max = 0;
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            refs[r] = lanes.refs.get(i);
            cells[r] = lanes.cells.get(i);
            names.add(ids.getOrDefault(refs[r], "#" + refs[r]));
            for (int v : cells[r]) {
                max = Math.max(max, v);
            }
        }
        String note = rows.size() < total ? String.format("showing %,d of %,d accounts (most active)", rows.size(),
                total) : "";
        return new SwimlaneMatrix(aligned, binMs, order, refs, names, cells, max, note);
    }

    private static Comparator<Integer> comparator(Lanes lanes, List<Integer> rows, LaneOrder order) {
        Comparator<Integer> byFirst = Comparator.comparingInt(lanes::firstColumn);
        if (order == LaneOrder.FIRST_ACTIVITY) {
            return byFirst.thenComparing(lanes.refs::get);
        }
        double[] mean = lanes.mean(rows);
        Map<Integer, Double> score = new java.util.HashMap<>();
        for (int i : rows) {
            score.put(i, Series.pearson(lanes.cells.get(i), mean));
        }
        return Comparator.<Integer>comparingDouble(score::get).reversed().thenComparing(byFirst);
    }
}
