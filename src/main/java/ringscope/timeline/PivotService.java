package ringscope.timeline;

import java.util.ArrayList;
import java.util.List;
import ringscope.model.AccountScope;
import ringscope.model.EventRecord;
import ringscope.model.TermCount;
import ringscope.model.TermKind;
import ringscope.model.TimeRange;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineRows;

/**
 * The model-pivot measure: for each {@code model_release} event, the share of a scope's traffic on the released model
 * in the 24 h after the event (and, for contrast, the 24 h before). The aggregates have no model-by-time dimension, so
 * this counts raw interactions of the scope's accounts in the 48 h around the release via the
 * {@code (account_ref, ts_ms)} index, and only when the hourly series put at most a row limit
 * ({@link HistogramService#RAW_ROW_LIMIT} by default) in that window; else the pivot says it was not counted (at
 * campaign scale those rows are disk reads: seconds per release for 200 accounts). The released model is the model
 * value (known in the case) that appears first in the event's label, e.g. "orion-pro-3 released (successor of
 * orion-pro-2)" names orion-pro-3. Plain Java; call off the UI thread.
 */
public final class PivotService {
    public static final long WINDOW_MS = 24 * BinSizes.HOUR;
    public static final String MODEL_RELEASE = "model_release";

    private final TimelineQueries queries;
    private final TimelineRows rows;
    private final long rowLimit;

    public PivotService(TimelineQueries queries, TimelineRows rows) {
        this(queries, rows, HistogramService.RAW_ROW_LIMIT);
    }

    /** @param rowLimit the most raw interactions counted around one release */
    public PivotService(TimelineQueries queries, TimelineRows rows, long rowLimit) {
        this.queries = queries;
        this.rows = rows;
        this.rowLimit = rowLimit;
    }

    /** The pivot around every model release of the case, for an explicit account set; empty for the whole case. */
    public List<ClusterPivot> pivots(AccountScope scope) {
        List<ClusterPivot> out = new ArrayList<>();
        if (scope.isWholeCase()) {
            return out;
        }
        List<String> known = rows.termCounts(AccountScope.wholeCase(), TermKind.MODEL, null).stream()
                .map(TermCount::value).toList();
        for (EventRecord e : queries.events()) {
            if (MODEL_RELEASE.equals(e.kind())) {
                out.add(pivot(scope, e, modelIn(e.label(), known)));
            }
        }
        return out;
    }

    /** The pivot around {@code release} onto {@code model}, for {@code scope}. */
    public ClusterPivot pivot(AccountScope scope, EventRecord release, String model) {
        long t = release.tsMs();
        long rowsAround = queries.estimateRows(scope, new TimeRange(t - WINDOW_MS, t + WINDOW_MS));
        if (rowsAround > rowLimit) {
            return ClusterPivot.notCounted(release, model, rowsAround, rowLimit);
        }
        List<TermCount> before = rows.termCounts(scope, TermKind.MODEL, new TimeRange(t - WINDOW_MS, t));
        List<TermCount> after = rows.termCounts(scope, TermKind.MODEL, new TimeRange(t, t + WINDOW_MS));
        return new ClusterPivot(release, model, sum(before, null), sum(before, model), sum(after, null),
                sum(after, model), 0, rowLimit);
    }

    private static long sum(List<TermCount> counts, String model) {
        return counts.stream().filter(c -> model == null || c.value().equals(model))
                .mapToLong(TermCount::interactions).sum();
    }

    /** The known model whose name occurs earliest in {@code label} (longest on a tie); "" when none does. */
    static String modelIn(String label, List<String> known) {
        String best = "";
        int bestAt = Integer.MAX_VALUE;
        for (String m : known) {
            int at = m.isEmpty() ? -1 : label.indexOf(m);
            if (at >= 0 && (at < bestAt || (at == bestAt && m.length() > best.length()))) {
                best = m;
                bestAt = at;
            }
        }
        return best;
    }
}
