package ringscope.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import ringscope.model.AccountScope;
import ringscope.model.CancelToken;
import ringscope.model.EventRecord;
import ringscope.model.HistogramBin;
import ringscope.model.Target;
import ringscope.model.TargetKind;
import ringscope.model.TermCount;
import ringscope.model.TimeRange;
import ringscope.model.TimelineRow;
import ringscope.store.CaseStore;
import ringscope.store.TimelineScopes.TagChoice;
import ringscope.timeline.ActivityHistogram;
import ringscope.timeline.ClusterPivot;
import ringscope.timeline.CorrelationMatrix;
import ringscope.timeline.LaneOrder;
import ringscope.timeline.SwimlaneMatrix;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * State and commands of the timeline: which accounts it shows (whole case, a tag, or what the shared {@link Selection}
 * holds: a cluster or accounts), the zoomed histogram, swimlanes, correlation, event markers with the pivot measure,
 * breakdowns, and a paged list of the interactions in a clicked bar or the brushed range, with "show context". The
 * brush writes the case-wide {@link TimeFilter}. Every query runs through the {@link BackgroundRunner}; a newer request
 * cancels the older one's token and its result is dropped. UI thread.
 */
public final class TimelineViewModel {
    public static final int PAGE_SIZE = 200;
    private static final int CONTEXT_ROWS = 10;

    private final BackgroundRunner runner;
    private final Selection selection;
    private final TimeFilter filter;
    private final ReadOnlyObjectWrapper<AccountScope> scope = new ReadOnlyObjectWrapper<>(this, "scope",
            AccountScope.wholeCase());
    private final ReadOnlyObjectWrapper<ActivityHistogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
    private final ReadOnlyObjectWrapper<TimelineData.Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObjectProperty<LaneOrder> laneOrder = new SimpleObjectProperty<>(this, "order", LaneOrder.SIMILARITY);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.of("UTC"));
    private final ObservableList<TagChoice> tags = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> context = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private final ReadOnlyStringWrapper rowsTitle = new ReadOnlyStringWrapper(this, "rowsTitle", "");
    private TimelineData data;
    private TimeRange view;
    private TimeRange rowsRange;
    private int rowsPage;
    private CancelToken histogramJob = new CancelToken();
    private CancelToken detailsJob = new CancelToken();
    private CancelToken rowsJob = new CancelToken();

    public TimelineViewModel(BackgroundRunner runner, Selection selection, TimeFilter filter) {
        this.runner = runner;
        this.selection = selection;
        this.filter = filter;
        selection.targets().addListener((ListChangeListener<Target>) c -> followSelection());
        laneOrder.addListener((o, a, b) -> loadDetails());
        filter.rangeProperty().addListener((o, a, r) -> {
            if (r != null) {
                listRows(r);
            }
        });
    }

    /** Shows {@code store} (null: no case), starting with the whole case. */
    public void show(CaseStore store) {
        data = store == null ? null : new TimelineData(store);
        tags.clear();
        rows.clear();
        context.clear();
        histogram.set(null);
        details.set(null);
        view = null;
        status.set(store == null ? "No case open" : "Reading the timeline\u2026");
        if (store != null) {
            TimelineData d = data;
            runner.submit("Reading tags", (p, c) -> d.scopes.tags(), p -> {}, tags::setAll, this::failed);
            setScope(AccountScope.wholeCase());
        }
    }

    /** Shows the whole case. */
    public void showWholeCase() {
        setScope(AccountScope.wholeCase());
    }

    /** Shows the accounts carrying {@code tag}. */
    public void showTag(TagChoice tag) {
        TimelineData d = data;
        if (d != null && tag != null) {
            runner.submit("Reading tag", (p, c) -> d.scopes.tag(tag), p -> {}, this::setScope, this::failed);
        }
    }

    /** Follows the shared selection: a focused cluster shows its members, selected accounts show those accounts. */
    public void followSelection() {
        TimelineData d = data;
        if (d == null || selection.isEmpty()) {
            return;
        }
        Target focus = selection.focusProperty().get();
        List<String> accounts = selection.targets().stream().filter(t -> t.kind() == TargetKind.ACCOUNT)
                .map(Target::key).toList();
        if (focus != null && focus.kind() == TargetKind.CLUSTER) {
            long id = Long.parseLong(focus.key());
            runner.submit("Reading cluster", (p, c) -> d.scopes.cluster(id), p -> {}, this::setScope, this::failed);
        } else if (!accounts.isEmpty()) {
            String label = accounts.size() == 1 ? accounts.get(0) : "selection";
            runner.submit("Reading selection", (p, c) -> d.scopes.accounts(label, accounts), p -> {}, this::setScope,
                    this::failed);
        }
    }

    private void setScope(AccountScope next) {
        scope.set(next);
        view = null;
        rows.clear();
        context.clear();
        loadDetails();
    }

    private void loadDetails() {
        TimelineData d = data;
        if (d == null) {
            return;
        }
        AccountScope s = scope.get();
        LaneOrder order = laneOrder.get();
        detailsJob.cancel();
        status.set("Reading " + s + "\u2026");
        detailsJob = runner.submit("Reading timeline", (p, c) -> d.details(s, order, c), p -> {}, r -> {
            if (s.equals(scope.get()) && order == laneOrder.get()) {
                details.set(r);
                status.set(describe(s, r));
                if (view == null && r.span() != null) {
                    zoomTo(r.span());
                }
                // the breakdown last: for a large set it is the slowest read
                detailsJob = runner.submit("Reading the breakdown", (p, c) -> d.breakdowns(s), p -> {}, b -> {
                    if (s.equals(scope.get()) && details.get() == r) {
                        details.set(r.with(b));
                    }
                }, this::failed);
            }
        }, this::failed);
    }

    private static String describe(AccountScope s, TimelineData.Details r) {
        if (r.span() == null) {
            return s + ": no activity";
        }
        return s.isWholeCase() ? "Whole case: choose a cluster (Clusters tab) or a tag for swimlanes and correlation"
                : s.toString();
    }

    /** Zooms the histogram to {@code range} (bins chosen to fit about {@code 600} bars). */
    public void zoomTo(TimeRange range) {
        TimelineData d = data;
        if (d == null || range == null) {
            return;
        }
        view = range;
        AccountScope s = scope.get();
        histogramJob.cancel();
        histogramJob = runner.submit("Reading histogram", (p, c) -> d.histograms.histogram(s, range, 600), p -> {},
                h -> {
                    if (s.equals(scope.get()) && range.equals(view)) {
                        histogram.set(h);
                    }
                }, this::failed);
    }

    /** Zooms out by a factor of 3 around the current view, never beyond the span. */
    public void zoomOut() {
        TimelineData.Details d = details.get();
        if (view == null || d == null || d.span() == null) {
            return;
        }
        long mid = view.fromMs() + view.lengthMs() / 2;
        long half = view.lengthMs() * 3 / 2;
        zoomTo(new TimeRange(Math.max(d.span().fromMs(), mid - half), Math.min(d.span().toMs(), mid + half)));
    }

    /** Back to the whole span of the scope. */
    public void zoomAll() {
        TimelineData.Details d = details.get();
        if (d != null && d.span() != null) {
            zoomTo(d.span());
        }
    }

    /** The brush: sets the case-wide time filter (which also lists the interactions in it). */
    public void brush(TimeRange range) {
        filter.set(range);
    }

    public void clearFilter() {
        filter.clear();
    }

    /** A click on a bar: lists the interactions in it, first page. */
    public void openBin(HistogramBin bin) {
        ActivityHistogram h = histogram.get();
        if (h != null && bin != null) {
            listRows(new TimeRange(bin.startMs(), bin.startMs() + h.binMs()));
        }
    }

    private void listRows(TimeRange range) {
        rowsRange = range;
        rowsPage = 0;
        loadRows();
    }

    public void nextPage() {
        if (rowsRange != null && rows.size() == PAGE_SIZE) {
            rowsPage++;
            loadRows();
        }
    }

    public void previousPage() {
        if (rowsRange != null && rowsPage > 0) {
            rowsPage--;
            loadRows();
        }
    }

    private void loadRows() {
        TimelineData d = data;
        if (d == null) {
            return;
        }
        AccountScope s = scope.get();
        TimeRange r = rowsRange;
        int page = rowsPage;
        rowsJob.cancel();
        rowsTitle.set("Reading interactions\u2026");
        rowsJob = runner.submit("Reading interactions", (p, c) -> d.rows.page(s, r, page * PAGE_SIZE, PAGE_SIZE),
                p -> {}, list -> {
                    if (r.equals(rowsRange) && page == rowsPage) {
                        rows.setAll(list);
                        context.clear();
                        rowsTitle.set(String.format("%s, %s: page %d (%d rows)", s, TimeText.range(r, zone.get()),
                                page + 1, list.size()));
                    }
                }, this::failed);
    }

    /** "Show context": the account's interactions just before and after {@code row}. */
    public void showContext(TimelineRow row) {
        TimelineData d = data;
        if (d != null && row != null) {
            runner.submit("Reading context", (p, c) -> d.rows.context(row, CONTEXT_ROWS), p -> {}, context::setAll,
                    this::failed);
        }
    }

    private void failed(Exception e) {
        status.set("Could not read the timeline: " + e.getMessage());
    }

    /** The release events of the case with the pivot measure for the current scope (empty for the whole case). */
    public List<ClusterPivot> pivots() {
        TimelineData.Details d = details.get();
        return d == null ? List.of() : d.pivots();
    }

    public List<EventRecord> events() {
        TimelineData.Details d = details.get();
        return d == null ? List.of() : new ArrayList<>(d.events());
    }

    public ReadOnlyObjectProperty<AccountScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActivityHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineData.Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public SwimlaneMatrix swimlanes() {
        return details.get() == null ? null : details.get().lanes();
    }

    public CorrelationMatrix correlation() {
        return details.get() == null ? null : details.get().correlation();
    }

    public List<TermCount> breakdown(ringscope.model.TermKind kind) {
        TimelineData.Details d = details.get();
        if (d == null) {
            return List.of();
        }
        return switch (kind) {
            case MODEL -> d.models();
            case CATEGORY -> d.categories();
            default -> d.statuses();
        };
    }

    public ObjectProperty<LaneOrder> laneOrderProperty() {
        return laneOrder;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public TimeFilter filter() {
        return filter;
    }

    public ObservableList<TagChoice> tags() {
        return tags;
    }

    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ObservableList<TimelineRow> context() {
        return context;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rowsTitleProperty() {
        return rowsTitle.getReadOnlyProperty();
    }
}
