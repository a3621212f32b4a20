package ringscope.ui.timeline;

import java.util.List;
import ringscope.model.AccountScope;
import ringscope.model.EventRecord;
import ringscope.model.TermCount;
import ringscope.model.TimeRange;
import ringscope.store.CaseStore;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineRows;
import ringscope.store.TimelineScopes;
import ringscope.timeline.ClusterPivot;
import ringscope.timeline.CorrelationMatrix;
import ringscope.timeline.CorrelationService;
import ringscope.timeline.HistogramService;
import ringscope.timeline.LaneOrder;
import ringscope.timeline.PivotService;
import ringscope.timeline.SwimlaneMatrix;
import ringscope.timeline.SwimlaneService;
import ringscope.model.CancelToken;
import ringscope.model.TermKind;

/**
 * The timeline's services bound to one open case: what the view model's background jobs call. Worker thread only
 * (every method reads the case database).
 */
final class TimelineData {
    /**
     * Everything shown for a scope apart from the zoomable histogram; {@code statusNote} says why the statuses are
     * missing ("" when they are counted).
     */
    record Details(TimeRange span, List<EventRecord> events, SwimlaneMatrix lanes, CorrelationMatrix correlation,
            List<ClusterPivot> pivots, List<TermCount> models, List<TermCount> categories, List<TermCount> statuses,
            String statusNote) {}

    static final int MAX_LANES = 2000;
    static final int MAX_MATRIX = 80;

    final TimelineQueries queries;
    final TimelineRows rows;
    final TimelineScopes scopes;
    final HistogramService histograms;
    private final SwimlaneService swimlanes;
    private final CorrelationService correlations;
    private final PivotService pivots;

    TimelineData(CaseStore store) {
        queries = new TimelineQueries(store);
        rows = new TimelineRows(store);
        scopes = new TimelineScopes(store);
        histograms = new HistogramService(queries);
        swimlanes = new SwimlaneService(queries, scopes);
        correlations = new CorrelationService(queries, scopes);
        pivots = new PivotService(queries, rows);
    }

    /** Span, events, breakdowns, and for an explicit account set its swimlanes, correlation and pivots. */
    Details details(AccountScope scope, LaneOrder order, CancelToken cancel) {
        TimeRange span = queries.span(scope).orElse(null);
        List<EventRecord> events = queries.events();
        SwimlaneMatrix lanes = null;
        CorrelationMatrix matrix = null;
        List<ClusterPivot> pivotList = List.of();
        if (!scope.isWholeCase() && span != null) {
            lanes = swimlanes.swimlanes(scope, span, 1500, MAX_LANES, order);
            if (!cancel.isCancelled()) {
                matrix = correlations.matrix(scope, span, MAX_MATRIX, cancel);
                pivotList = pivots.pivots(scope);
            }
        }
        // statuses are not aggregated at import: counted from raw rows, so only for an explicit account set with at
        // most RAW_ROW_LIMIT interactions (at campaign scale 200 accounts' 232,000 rows took 10 s of disk reads)
        List<TermCount> statuses = List.of();
        String statusNote = "";
        if (scope.isWholeCase()) {
            statusNote = "Statuses are counted from raw rows: choose a cluster, a tag or accounts";
        } else if (span != null) {
            long n = queries.estimateRows(scope, span);
            if (n > HistogramService.RAW_ROW_LIMIT) {
                statusNote = String.format("Statuses are counted from raw rows: %,d interactions is over the limit of"
                        + " %,d; choose fewer accounts", n, HistogramService.RAW_ROW_LIMIT);
            } else {
                statuses = rows.termCounts(scope, TermKind.STATUS, span);
            }
        }
        return new Details(span, events, lanes, matrix, pivotList, rows.termCounts(scope, TermKind.MODEL, null),
                rows.termCounts(scope, TermKind.CATEGORY, null), statuses, statusNote);
    }
}
