package ringscope.ui.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import ringscope.graph.ColourMode;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.NodeKind;
import ringscope.graph.StyleOptions;
import ringscope.graph.ViewData;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualGraph;
import ringscope.model.AccountHit;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.NodePosition;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * State and commands of the graph tab: the analysis run shown, the open view (overview, a cluster, a neighbourhood,
 * expanded in place by accounts' neighbours) with back/forward history, the picture (what is drawn and where), the
 * table rows and search. The filter is {@link GraphFilters}; the mapping to the shared {@link Selection} is
 * {@link GraphPicking}; node positions, layout, drag and pin are {@link NodePlaces}. Data and layouts are read and
 * computed through the background runner; a result that arrives after the user moved on is dropped. UI thread.
 */
public final class GraphViewModel {
    /** What the canvas draws: the visible graph, where its nodes are, and whether to fit the view to it. */
    public record Picture(VisualGraph graph, StyleOptions options, Map<String, NodePosition> positions, boolean fit) {}

    private final BackgroundRunner runner;
    private final GraphPicking picking;
    private final GraphFilters filters = new GraphFilters();
    private final Function<CaseStore, GraphDataService> services;
    private final ViewPicture picture = new ViewPicture();
    private final ViewPrefetch prefetch;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private final ReadOnlyBooleanWrapper canExpand = new ReadOnlyBooleanWrapper(this, "canExpand");
    private final ReadOnlyBooleanWrapper canCollapse = new ReadOnlyBooleanWrapper(this, "canCollapse");
    private final ObjectProperty<ColourMode> colour = new SimpleObjectProperty<>(this, "colour", ColourMode.SCORE);
    private final BooleanProperty sizeByVolume = new SimpleBooleanProperty(this, "sizeByVolume", false);
    private final GraphSearch search;
    private final ViewHistory history = new ViewHistory();
    private final GraphInspector inspector;
    private GraphDataService service;
    private AnalysisRunInfo run;
    private ViewSpec current;
    private ViewData data;
    private VisualGraph full;
    private final NodePlaces places;
    private String pendingFocus;
    private int generation;
    /** The token of the view being read, null when none is. */
    private CancelToken loading;
    private final ReadOnlyBooleanWrapper loadingNow = new ReadOnlyBooleanWrapper(this, "loading");

    public GraphViewModel(BackgroundRunner runner, Selection selection,
            Function<CaseStore, GraphDataService> services) {
        this.runner = runner;
        this.picking = new GraphPicking(selection);
        this.search = new GraphSearch(runner, status::set);
        this.places = new NodePlaces(runner, status::set);
        this.prefetch = new ViewPrefetch(runner);
        this.services = services;
        this.inspector = new GraphInspector(runner, selection,
                t -> picking.drawn().keyOf(t).flatMap(picking.drawn()::node));
        filters.filterProperty().addListener((o, a, b) -> repaint(false));
        colour.addListener((o, a, b) -> repaint(false));
        sizeByVolume.addListener((o, a, b) -> repaint(false));
        selection.focusProperty().addListener((o, a, b) -> updateCommands());
    }

    /** Shows the latest analysis run of {@code store} (null: no case), starting at the overview. */
    public void show(CaseStore store) {
        stopLoading();
        prefetch.reset();
        generation++;
        service = store == null ? null : services.apply(store);
        run = null;
        current = null;
        data = null;
        full = null;
        places.clear();
        picking.setDrawn(DrawnTargets.NONE);
        history.clear();
        updateCommands();
        clearPicture();
        inspector.setContext(service, -1);
        if (service == null) {
            status.set("No case open");
            return;
        }
        GraphDataService s = service;
        int gen = generation;
        status.set("Reading analysis runs\u2026");
        runner.submit("Reading graph", (p, c) -> s.queries().latestRun(), p -> {}, latest -> {
            if (gen != generation) {
                return;
            }
            run = latest.orElse(null);
            if (run == null) {
                status.set("No analysis yet: press Analyze in the Clusters tab");
                return;
            }
            inspector.setContext(s, run.id());
            load(ViewSpec.overview());
        }, e -> status.set(e.getMessage()));
    }

    /**
     * Shows the latest run of {@code store} if it is not the run shown (after an analysis in another tab); else keeps
     * the view as it is.
     */
    public void showIfNewRun(CaseStore store) {
        if (store == null || service == null) {
            return;
        }
        GraphDataService s = service;
        runner.submit("Checking analysis runs", (p, c) -> s.queries().latestRun(), p -> {}, latest -> {
            long shown = run == null ? -1 : run.id();
            if (s == service && latest.isPresent() && latest.get().id() != shown) {
                show(store);
            }
        }, e -> status.set(e.getMessage()));
    }

    private void clearPicture() {
        picture.clear();
        title.set("");
    }

    /** Opens a view and records it in the history. */
    public void open(ViewSpec spec) {
        if (run == null || spec.equals(current)) {
            return;
        }
        history.opened(current);
        load(spec);
    }

    public void goBack() {
        history.back(current).ifPresent(this::load);
    }

    public void goForward() {
        history.forward(current).ifPresent(this::load);
    }

    public void openOverview() {
        open(ViewSpec.overview());
    }

    /** Opens what is in focus: a cluster's accounts, or an account's neighbourhood of {@code hops}. */
    public void openFocus(int hops) {
        picking.focusKey().ifPresent(k -> openKey(k, hops));
    }

    /**
     * Adds the focused account's 1-hop neighbours and their links to the open cluster or neighbourhood, in place: the
     * nodes already drawn stay where they are. A new history entry, so Back undoes it.
     */
    public void expandFocus() {
        Optional<Integer> ref = picking.focusAccount();
        if (current != null && current.canExpand() && ref.isPresent()) {
            open(current.expand(ref.get()));
        }
    }

    /**
     * Removes what an expansion added: the focused account's if it was expanded, else the latest one. A new history
     * entry, so Back brings the expansion back.
     */
    public void collapse() {
        if (current == null || current.expanded().isEmpty()) {
            return;
        }
        List<Integer> expanded = current.expanded();
        int ref = picking.focusAccount().filter(expanded::contains).orElse(expanded.get(expanded.size() - 1));
        open(current.collapse(ref));
    }

    private void updateCommands() {
        Optional<Integer> ref = picking.focusAccount();
        canExpand.set(current != null && current.canExpand() && ref.isPresent()
                && !current.expanded().contains(ref.get()));
        canCollapse.set(current != null && !current.expanded().isEmpty());
    }

    private void openKey(String key, int hops) {
        if (key.startsWith("e:")) {
            return;
        }
        NodeKind kind = NodeKind.ofKey(key);
        long id = kind.idOf(key);
        open(kind == NodeKind.CLUSTER ? ViewSpec.cluster(id) : ViewSpec.around((int) id, hops));
    }

    private void load(ViewSpec spec) {
        int gen = ++generation;
        Map<String, NodePosition> carried = current != null && full != null && current.base().equals(spec.base())
                ? places.now() : Map.of();
        if (!spec.equals(current)) {
            places.stopLayout(); // a layout of the view left behind would hold the worker before this read
        }
        current = spec;
        updateCommands();
        GraphDataService s = service;
        long runId = run.id();
        status.set("Opening " + spec.viewKey() + "\u2026");
        stopLoading();
        GraphFilter filter = filters.filterProperty().get();
        Consumer<ViewPrefetch.Loaded> onLoaded = l -> {
            if (gen == generation) {
                loaded(null);
                shown(l);
            }
        };
        Consumer<Exception> onFailed = e -> {
            if (gen == generation) {
                loaded(null);
                status.set(e instanceof java.util.concurrent.CancellationException
                        ? "Stopped opening " + spec.viewKey() : e.getMessage());
            }
        };
        Optional<ViewPrefetch.Prepared> ready = carried.isEmpty() ? prefetch.take(s, runId, spec, filter)
                : Optional.empty();
        if (ready.isPresent()) { // read ahead while the overview was shown
            loaded(ready.get().token());
            ready.get().whenDone(onLoaded, onFailed);
            return;
        }
        prefetch.drop();
        CancelToken token = runner.submit("Opening graph view",
                (p, c) -> ViewPrefetch.read(s, runId, spec, filter, carried, p, c), p -> {
            if (gen == generation) {
                status.set(String.format("Opening %s: %s once for this analysis run, %,d of %,d links (%.0f%%)",
                        spec.viewKey(), p.stage(), p.items(), p.bytesTotal(), 100 * Math.max(0, p.fraction())));
            }
        }, onLoaded, onFailed);
        loaded(token);
    }

    private void loaded(CancelToken token) {
        loading = token;
        loadingNow.set(token != null);
    }

    /** Asks a view still being read to stop (its worker polls the flag); a no-op when none is. UI thread. */
    public void stopLoading() {
        if (loading != null) {
            loading.cancel();
            loaded(null);
        }
    }

    /** True while a view is being read. UI thread. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loadingNow.getReadOnlyProperty();
    }

    private void shown(ViewPrefetch.Loaded l) {
        data = l.data();
        full = l.full();
        picture.setView(data, GraphDataService.capOf(current), l.visible());
        picking.setDrawn(new DrawnTargets(full));
        places.show(new NodePlaces.Shown(service, run.id(), current.viewKey(), full), l.placement().positions());
        title.set(data.title());
        filters.setTags(l.tags());
        filters.setAttributesOf(full.nodes());
        updateCommands();
        repaint(l.placement().kind() != Placement.Kind.KEPT);
        status.set(l.placement().describe());
        if (l.placement().needsLayout()) {
            relayout(l.placement().fixed());
        }
        if (current.kind() == ViewSpec.Kind.OVERVIEW) {
            prefetch.overviewShown(service, run.id(), full, filters.filterProperty().get());
        }
        if (pendingFocus != null) {
            String key = pendingFocus;
            pendingFocus = null;
            focusNode(key);
        }
    }

    /** Lays the visible view out again off the FX thread (pinned nodes stay) and stores the result. */
    public void relayout() {
        relayout(Set.of());
    }

    /** Lays the view out with the {@code fixed} nodes held where they are (as if pinned, without pinning them). */
    private void relayout(Set<String> fixed) {
        int gen = generation;
        places.relayout(fixed, () -> gen == generation);
    }

    private void repaint(boolean fit) {
        if (data == null) {
            return;
        }
        if (!data.complete() && !filters.filterProperty().get().isNone()) {
            // a dense cluster read with only the edges it draws unfiltered: a filter needs all its links; the picture
            // stays as it is until they are read (a read already under way for this view will repaint when done)
            if (loading == null) {
                load(current);
            }
            return;
        }
        picture.paint(filters.filterProperty().get(), new StyleOptions(colour.get(), sizeByVolume.get()),
                places.now(), fit);
        picking.refresh();
    }

    /** A node was dragged to (x, y): it stays there (pinned) and the layout is stored. */
    public void dragged(String nodeKey, double x, double y) {
        places.dragged(nodeKey, x, y);
    }

    /** Pins the focused node where it is, or unpins it. */
    public void togglePin() {
        places.togglePin(picking.focusKey());
    }

    // ---- selection ----

    /** A click on a drawn element: selects it, or adds it with shift. */
    public void clicked(String key, boolean add) {
        picking.clicked(key, add);
    }

    /** A double-click: opens a cluster, or an account's 1-hop neighbourhood. */
    public void doubleClicked(String key) {
        clicked(key, false);
        openKey(key, 1);
    }

    /** A rectangle drawn over nodes: selects exactly them, or adds them with shift. */
    public void selectNodes(java.util.Collection<String> nodeKeys, boolean add) {
        picking.selectNodes(nodeKeys, add);
    }

    public void clearSelection() {
        picking.clear();
    }

    /** Selects the rows' elements (from the table view). */
    public void selectKeys(List<String> keys) {
        picking.selectKeys(keys);
    }

    // ---- search ----

    /** Looks accounts up by id, IP, payment fingerprint or email hash; jumps to the first hit. */
    public void search(String text) {
        search.search(run == null ? null : service, text, this::jumpTo);
    }

    /**
     * Shows and selects an account: in the current view if it is drawn, else in its home cluster, else in its
     * 1-hop neighbourhood.
     */
    public void jumpTo(AccountHit hit) {
        String key = NodeKind.ACCOUNT.key(hit.accountRef());
        if (picking.drawn().node(key).isPresent()) {
            focusNode(key);
            return;
        }
        GraphDataService s = service;
        long runId = run.id();
        runner.submit("Finding account", (p, c) -> s.queries().memberships(runId, hit.accountRef()), p -> {}, ms -> {
            pendingFocus = key;
            Optional<ClusterMember> home = ms.stream().filter(ClusterMember::home).findFirst();
            open(home.map(m -> ViewSpec.cluster(m.clusterId())).orElse(ViewSpec.around(hit.accountRef(), 1)));
        }, e -> status.set(e.getMessage()));
    }

    private void focusNode(String key) {
        picking.focus(key);
        focusRequest.set(null);
        focusRequest.set(key);
    }

    private final ReadOnlyObjectWrapper<String> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");

    /** The node the canvas should centre on (set after a search jump). */
    public ReadOnlyObjectProperty<String> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.pictureProperty();
    }

    /** Positions computed by a finished layout (or a pin), for the canvas to move nodes to. */
    public ReadOnlyObjectProperty<Map<String, NodePosition>> movedProperty() {
        return places.movedProperty();
    }

    /** Keys of the drawn elements that are selected. */
    public ReadOnlyObjectProperty<Set<String>> selectedKeysProperty() {
        return picking.selectedKeysProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return picture.captionProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return history.canBackProperty();
    }

    public ReadOnlyBooleanProperty canForwardProperty() {
        return history.canForwardProperty();
    }

    /** Whether the focus is an account of an open cluster or neighbourhood that can be expanded. */
    public ReadOnlyBooleanProperty canExpandProperty() {
        return canExpand.getReadOnlyProperty();
    }

    /** Whether the open view has an expansion to collapse. */
    public ReadOnlyBooleanProperty canCollapseProperty() {
        return canCollapse.getReadOnlyProperty();
    }

    /**
     * Re-reads the shown view when tags changed (a tag added, removed or recoloured in the casework panel) while the
     * graph is coloured or filtered by tag; the nodes stay where they are.
     */
    public void refreshTags() {
        prefetch.drop();
        if (run != null && current != null && (colour.get() == ColourMode.TAG || filters.usesTags())) {
            load(current);
        }
    }

    /** Follows the case-wide time filter (the timeline's brush); see {@link GraphFilters#followTime}. */
    public void followTime(javafx.beans.value.ObservableValue<ringscope.model.TimeRange> range) {
        filters.followTime(range);
    }

    /** The filter of the drawn view and the choices it offers. */
    public GraphFilters filters() {
        return filters;
    }

    public ObjectProperty<ColourMode> colourProperty() {
        return colour;
    }

    /** Node size by traffic volume (true) or by accounts (false: clusters by member count, accounts all alike). */
    public BooleanProperty sizeByVolumeProperty() {
        return sizeByVolume;
    }

    public ObservableList<GraphRows.NodeRow> nodeRows() {
        return picture.nodeRows();
    }

    public ObservableList<GraphRows.EdgeRow> edgeRows() {
        return picture.edgeRows();
    }

    public ObservableList<AccountHit> hits() {
        return search.hits();
    }

    public GraphInspector inspector() {
        return inspector;
    }

    /** The open view, null before the first one is shown. */
    public ViewSpec currentView() {
        return current;
    }
}
