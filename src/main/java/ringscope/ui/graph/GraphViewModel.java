package ringscope.ui.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import ringscope.graph.ColourMode;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.NodeKind;
import ringscope.graph.SeedLayout;
import ringscope.graph.StyleOptions;
import ringscope.graph.ViewData;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.AccountHit;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.LinkRule;
import ringscope.model.NodePosition;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * State and commands of the graph tab: the analysis run shown, the open view (overview, a cluster, a neighbourhood)
 * with back/forward history, the filter, the picture (what is drawn and where), the table rows, search, and the
 * mapping between drawn elements and the shared {@link Selection}. Data and layouts are read and computed through the
 * background runner; a result that arrives after the user moved on is dropped. UI thread.
 */
public final class GraphViewModel {
    /** What the canvas draws: the visible graph, where its nodes are, and whether to fit the view to it. */
    public record Picture(VisualGraph graph, StyleOptions options, Map<String, NodePosition> positions, boolean fit) {}

    private final BackgroundRunner runner;
    private final Selection selection;
    private final Function<CaseStore, GraphDataService> services;
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<Map<String, NodePosition>> moved = new ReadOnlyObjectWrapper<>(this, "moved");
    private final ReadOnlyObjectWrapper<Set<String>> selectedKeys = new ReadOnlyObjectWrapper<>(this, "sel", Set.of());
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper(this, "canForward");
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(this, "filter", GraphFilter.none());
    private final ObjectProperty<ColourMode> colour = new SimpleObjectProperty<>(this, "colour", ColourMode.SCORE);
    private final javafx.beans.property.BooleanProperty sizeByVolume =
            new javafx.beans.property.SimpleBooleanProperty(this, "sizeByVolume", false);
    private final ObservableList<GraphRows.NodeRow> nodeRows = FXCollections.observableArrayList();
    private final ObservableList<GraphRows.EdgeRow> edgeRows = FXCollections.observableArrayList();
    private final ObservableList<AccountHit> hits = FXCollections.observableArrayList();
    private final Deque<ViewSpec> back = new ArrayDeque<>();
    private final Deque<ViewSpec> forward = new ArrayDeque<>();
    private final GraphInspector inspector;
    private GraphDataService service;
    private AnalysisRunInfo run;
    private ViewSpec current;
    private ViewData data;
    private VisualGraph full;
    private DrawnTargets drawn = DrawnTargets.NONE;
    private Map<String, NodePosition> positions = Map.of();
    private String pendingFocus;
    private int generation;

    public GraphViewModel(BackgroundRunner runner, Selection selection,
            Function<CaseStore, GraphDataService> services) {
        this.runner = runner;
        this.selection = selection;
        this.services = services;
        this.inspector = new GraphInspector(runner, selection, t -> drawn.keyOf(t).flatMap(drawn::node));
        filter.addListener((o, a, b) -> repaint(false));
        colour.addListener((o, a, b) -> repaint(false));
        sizeByVolume.addListener((o, a, b) -> repaint(false));
        selection.targets().addListener((ListChangeListener<Target>) c -> selectedKeys.set(drawn.keysOf(
                selection.targets())));
    }

    /** Shows the latest analysis run of {@code store} (null: no case), starting at the overview. */
    public void show(CaseStore store) {
        generation++;
        service = store == null ? null : services.apply(store);
        run = null;
        current = null;
        data = null;
        full = null;
        drawn = DrawnTargets.NONE;
        back.clear();
        forward.clear();
        updateHistory();
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
            load(ViewSpec.overview(), true);
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
        picture.set(null);
        nodeRows.clear();
        edgeRows.clear();
        caption.set("");
        title.set("");
    }

    /** Opens a view and records it in the history. */
    public void open(ViewSpec spec) {
        if (run == null || spec.equals(current)) {
            return;
        }
        if (current != null) {
            back.push(current);
        }
        forward.clear();
        load(spec, true);
    }

    public void goBack() {
        if (!back.isEmpty()) {
            forward.push(current);
            load(back.pop(), false);
        }
    }

    public void goForward() {
        if (!forward.isEmpty()) {
            back.push(current);
            load(forward.pop(), false);
        }
    }

    public void openOverview() {
        open(ViewSpec.overview());
    }

    /** Opens what is in focus: a cluster's accounts, or an account's neighbourhood of {@code hops}. */
    public void openFocus(int hops) {
        Target focus = selection.focusProperty().get();
        if (focus == null) {
            return;
        }
        drawn.keyOf(focus).ifPresent(k -> openKey(k, hops));
    }

    private void openKey(String key, int hops) {
        if (key.startsWith("e:")) {
            return;
        }
        NodeKind kind = NodeKind.ofKey(key);
        long id = kind.idOf(key);
        open(kind == NodeKind.CLUSTER ? ViewSpec.cluster(id) : ViewSpec.around((int) id, hops));
    }

    private void load(ViewSpec spec, boolean fresh) {
        int gen = ++generation;
        current = spec;
        updateHistory();
        GraphDataService s = service;
        long runId = run.id();
        status.set("Opening " + spec.viewKey() + "\u2026");
        runner.submit("Opening graph view", (p, c) -> {
            ViewData d = s.load(runId, spec);
            VisualGraph all = d.assemble(GraphFilter.none(), GraphDataService.capOf(spec));
            Optional<Map<String, NodePosition>> stored = s.storedLayout(runId, all);
            return new Loaded(d, all, stored.orElseGet(() -> SeedLayout.place(all, Map.of())), stored.isPresent());
        }, p -> {}, l -> {
            if (gen == generation) {
                shown(l);
            }
        }, e -> status.set(e.getMessage()));
    }

    private record Loaded(ViewData data, VisualGraph full, Map<String, NodePosition> positions, boolean stored) {}

    private void shown(Loaded l) {
        data = l.data();
        full = l.full();
        drawn = new DrawnTargets(full);
        positions = new HashMap<>(l.positions());
        title.set(data.title());
        repaint(true);
        status.set(l.stored() ? "Layout as stored with the case" : "Laying out\u2026");
        if (!l.stored()) {
            relayout();
        }
        if (pendingFocus != null) {
            String key = pendingFocus;
            pendingFocus = null;
            focusNode(key);
        }
    }

    /** Lays the visible view out again off the FX thread (pinned nodes stay) and stores the result. */
    public void relayout() {
        if (full == null) {
            return;
        }
        int gen = generation;
        GraphDataService s = service;
        VisualGraph g = full;
        Map<String, NodePosition> start = Map.copyOf(positions);
        long runId = run.id();
        runner.submit("Graph layout", (p, c) -> s.layOut(runId, g, start, p, c),
                p -> status.set(String.format("Laying out: step %,d of %,d", p.bytesDone(), p.bytesTotal())), result -> {
                    if (gen == generation) {
                        positions = new HashMap<>(result);
                        moved.set(Map.copyOf(result));
                        status.set("Layout computed and stored with the case");
                    }
                }, e -> status.set(e.getMessage()));
    }

    private void repaint(boolean fit) {
        if (data == null) {
            return;
        }
        VisualGraph visible = data.assemble(filter.get(), GraphDataService.capOf(current));
        Map<String, NodePosition> at = new HashMap<>();
        visible.nodes().forEach(n -> {
            NodePosition p = positions.get(n.key());
            if (p != null) {
                at.put(n.key(), p);
            }
        });
        picture.set(new Picture(visible, new StyleOptions(colour.get(), sizeByVolume.get()), at, fit));
        caption.set(visible.caption(data.nodeNoun()));
        nodeRows.setAll(GraphRows.nodes(visible));
        edgeRows.setAll(GraphRows.edges(visible));
        selectedKeys.set(drawn.keysOf(selection.targets()));
    }

    /** A node was dragged to (x, y): it stays there (pinned) and the layout is stored. */
    public void dragged(String nodeKey, double x, double y) {
        positions.put(nodeKey, new NodePosition(nodeKey, x, y, true));
        saveLayout("Moved and pinned");
    }

    /** Pins the focused node where it is, or unpins it. */
    public void togglePin() {
        Target focus = selection.focusProperty().get();
        Optional<String> key = focus == null ? Optional.empty() : drawn.keyOf(focus);
        if (key.isEmpty() || !positions.containsKey(key.get())) {
            return;
        }
        NodePosition p = positions.get(key.get());
        positions.put(p.nodeKey(), new NodePosition(p.nodeKey(), p.x(), p.y(), !p.pinned()));
        moved.set(Map.of(p.nodeKey(), positions.get(p.nodeKey())));
        saveLayout(p.pinned() ? "Unpinned" : "Pinned");
    }

    /** Whether a node is pinned. */
    public boolean isPinned(String nodeKey) {
        NodePosition p = positions.get(nodeKey);
        return p != null && p.pinned();
    }

    private void saveLayout(String what) {
        GraphDataService s = service;
        long runId = run.id();
        String viewKey = current.viewKey();
        Map<String, NodePosition> snapshot = Map.copyOf(positions);
        runner.submit("Saving layout", (p, c) -> {
            s.save(runId, viewKey, snapshot, "spring-box+manual", 0);
            return null;
        }, p -> {}, v -> status.set(what + "; layout stored with the case"), e -> status.set(e.getMessage()));
    }

    // ---- selection ----

    /** A click on a drawn element: selects it, or adds it with shift. */
    public void clicked(String key, boolean add) {
        List<Target> targets = drawn.targetsOf(key);
        if (targets.isEmpty()) {
            return;
        }
        if (add) {
            targets.forEach(selection::add);
        } else {
            selection.set(targets);
        }
    }

    /** A double-click: opens a cluster, or an account's 1-hop neighbourhood. */
    public void doubleClicked(String key) {
        clicked(key, false);
        openKey(key, 1);
    }

    public void clearSelection() {
        selection.clear();
    }

    /** Selects the rows' elements (from the table view). */
    public void selectKeys(List<String> keys) {
        Set<Target> targets = new LinkedHashSet<>();
        keys.forEach(k -> targets.addAll(drawn.targetsOf(k)));
        if (!targets.isEmpty() && !drawn.keysOf(selection.targets()).equals(drawn.keysOf(List.copyOf(targets)))) {
            selection.set(List.copyOf(targets));
        }
    }

    // ---- filters ----

    /** Shows links of one rule only (null: every rule). */
    public void setRule(LinkRule rule) {
        filter.set(filter.get().withRules(rule == null ? Set.of() : Set.of(rule)));
    }

    /** Shows links of at least this precision tier (null: every tier). */
    public void setMinTier(LinkRule.Tier tier) {
        Set<LinkRule.Tier> tiers = tier == null ? Set.of() : EnumSet.range(LinkRule.Tier.STRONG, tier);
        filter.set(filter.get().withTiers(tiers));
    }

    public void setMinWeight(double weight) {
        filter.set(filter.get().withMinWeight(weight));
    }

    // ---- search ----

    /** Looks accounts up by id, IP, payment fingerprint or email hash; jumps to the first hit. */
    public void search(String text) {
        hits.clear();
        if (service == null || run == null || text == null || text.isBlank()) {
            return;
        }
        GraphDataService s = service;
        status.set("Searching\u2026");
        runner.submit("Searching accounts", (p, c) -> s.queries().searchAccounts(text), p -> {}, found -> {
            hits.setAll(found);
            status.set(found.isEmpty() ? "No account matches \u201c" + text.strip() + "\u201d"
                    : String.format("%,d account(s) match", found.size()));
            if (!found.isEmpty()) {
                jumpTo(found.get(0));
            }
        }, e -> status.set(e.getMessage()));
    }

    /**
     * Shows and selects an account: in the current view if it is drawn, else in its home cluster, else in its
     * 1-hop neighbourhood.
     */
    public void jumpTo(AccountHit hit) {
        String key = NodeKind.ACCOUNT.key(hit.accountRef());
        if (drawn.node(key).isPresent()) {
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
        drawn.node(key).ifPresent(n -> selection.select(drawn.targetOfNode(key)));
        focusRequest.set(null);
        focusRequest.set(key);
    }

    private final ReadOnlyObjectWrapper<String> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");

    /** The node the canvas should centre on (set after a search jump). */
    public ReadOnlyObjectProperty<String> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    private void updateHistory() {
        canBack.set(!back.isEmpty());
        canForward.set(!forward.isEmpty());
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Positions computed by a finished layout (or a pin), for the canvas to move nodes to. */
    public ReadOnlyObjectProperty<Map<String, NodePosition>> movedProperty() {
        return moved.getReadOnlyProperty();
    }

    /** Keys of the drawn elements that are selected. */
    public ReadOnlyObjectProperty<Set<String>> selectedKeysProperty() {
        return selectedKeys.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }

    /**
     * Re-reads the shown view when tags changed (a tag added, removed or recoloured in the casework panel) while the
     * graph is coloured by tag; positions come back from the stored layout.
     */
    public void refreshTags() {
        if (run != null && current != null && colour.get() == ColourMode.TAG) {
            load(current, false);
        }
    }

    /**
     * Follows the case-wide time filter (the timeline's brush): only links with evidence inside the range are drawn;
     * null shows all time again.
     */
    public void followTime(javafx.beans.value.ObservableValue<ringscope.model.TimeRange> range) {
        range.addListener((o, before, r) -> filter.set(r == null
                ? filter.get().withTime(Long.MIN_VALUE, Long.MAX_VALUE)
                : filter.get().withTime(r.fromMs(), r.toMs())));
    }

    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<ColourMode> colourProperty() {
        return colour;
    }

    /** Node size by traffic volume (true) or by accounts (false: clusters by member count, accounts all alike). */
    public javafx.beans.property.BooleanProperty sizeByVolumeProperty() {
        return sizeByVolume;
    }

    public ObservableList<GraphRows.NodeRow> nodeRows() {
        return nodeRows;
    }

    public ObservableList<GraphRows.EdgeRow> edgeRows() {
        return edgeRows;
    }

    public ObservableList<AccountHit> hits() {
        return hits;
    }

    public GraphInspector inspector() {
        return inspector;
    }

    /** The open view, null before the first one is shown. */
    public ViewSpec currentView() {
        return current;
    }
}
