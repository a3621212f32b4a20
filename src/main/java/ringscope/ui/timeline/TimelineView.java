package ringscope.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import ringscope.model.EventRecord;
import ringscope.model.TimeRange;
import ringscope.store.TimelineScopes.TagChoice;
import ringscope.timeline.ClusterPivot;
import ringscope.timeline.LaneOrder;

/**
 * The timeline tab: toolbar (scope, zoom, filter, tokens, lane order, zone), the brushable histogram with event
 * markers, the list of markers with the pivot measure, and tabs for swimlanes, correlation, breakdowns and the paged
 * interactions. Builds nodes and binds to {@link TimelineViewModel}; never queries. UI thread.
 */
public final class TimelineView {
    private final TimelineViewModel vm;
    private final BorderPane root = new BorderPane();
    private final HistogramChart histogram;
    private final HeatChart lanes = new HeatChart();
    private final HeatChart matrix = new HeatChart();
    private final ToggleButton tokens = new ToggleButton("Tokens");
    private final ListView<String> markers = new ListView<>();
    private final Label filterLabel = new Label("No time filter");

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        histogram = new HistogramChart(vm::brush, vm::openBin);
        root.setId("timelineView");
        histogram.setId("timelineHistogram");
        lanes.setId("timelineSwimlanes");
        matrix.setId("timelineCorrelation");
        markers.setId("timelineMarkers");
        filterLabel.setId("timelineFilterLabel");
        tokens.setId("timelineTokens");
        markers.setPrefHeight(70);
        Label status = new Label();
        status.setId("timelineStatus");
        status.textProperty().bind(vm.statusProperty());
        VBox top = new VBox(toolbar(), status, filterLabel, histogram, markers);
        top.setPadding(new Insets(0, 4, 0, 4));
        SplitPane split = new SplitPane(top, tabs());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        vm.histogramProperty().addListener(o -> redraw());
        vm.detailsProperty().addListener(o -> detailsChanged());
        vm.filter().rangeProperty().addListener(o -> redraw());
        vm.zoneProperty().addListener(o -> detailsChanged());
        tokens.selectedProperty().addListener(o -> redraw());
    }

    private ToolBar toolbar() {
        Button whole = button("Whole case", "timelineWholeCase", vm::showWholeCase);
        ComboBox<TagChoice> tag = new ComboBox<>(vm.tags());
        tag.setId("timelineTagChoice");
        tag.setPromptText("Tag\u2026");
        tag.setOnAction(e -> vm.showTag(tag.getValue()));
        Button zoomFilter = button("Zoom to filter", "timelineZoomFilter", () -> vm.zoomTo(vm.filter().get()));
        Button zoomOut = button("Zoom out", "timelineZoomOut", vm::zoomOut);
        Button all = button("Whole span", "timelineZoomAll", vm::zoomAll);
        Button clear = button("Clear filter", "timelineClearFilter", vm::clearFilter);
        ComboBox<LaneOrder> order = new ComboBox<>();
        order.getItems().setAll(LaneOrder.values());
        order.setId("timelineLaneOrder");
        order.valueProperty().bindBidirectional(vm.laneOrderProperty());
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.getItems().setAll(ZoneId.of("UTC"), ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
                ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Kolkata"), ZoneId.systemDefault());
        zone.setId("timelineZone");
        zone.valueProperty().bindBidirectional(vm.zoneProperty());
        return new ToolBar(whole, tag, tokens, zoomFilter, zoomOut, all, clear, new Label("Lanes:"), order,
                new Label("Zone:"), zone);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TabPane tabs() {
        Tab lanesTab = new Tab("Swimlanes", lanes);
        Tab matrixTab = new Tab("Correlation", matrix);
        Tab breakdown = new Tab("Breakdown", new BreakdownPane(vm).node());
        Tab rows = new Tab("Interactions", new InteractionsPane(vm).node());
        rows.setId("timelineRowsTab");
        TabPane tabs = new TabPane(lanesTab, matrixTab, breakdown, rows);
        tabs.setId("timelineTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.rows().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (!vm.rows().isEmpty()) {
                tabs.getSelectionModel().select(rows);
            }
        });
        return tabs;
    }

    private void redraw() {
        TimeRange f = vm.filter().get();
        filterLabel.setText(f == null ? "No time filter (drag on the histogram to set one; click a bar to list it)"
                : "Time filter: " + TimeText.range(f, vm.zoneProperty().get()));
        if (vm.histogramProperty().get() != null) {
            histogram.draw(vm.histogramProperty().get(), vm.events(), f, tokens.isSelected(), vm.zoneProperty().get());
        }
    }

    private void detailsChanged() {
        ZoneId zone = vm.zoneProperty().get();
        lanes.showLanes(vm.swimlanes(), zone);
        matrix.showMatrix(vm.correlation());
        List<ClusterPivot> pivots = vm.pivots();
        markers.getItems().setAll(vm.events().stream().filter(e -> !e.kind().equals("suspension"))
                .map(e -> markerText(e, pivots, zone)).toList());
        redraw();
    }

    private static String markerText(EventRecord e, List<ClusterPivot> pivots, ZoneId zone) {
        String pivot = pivots.stream().filter(p -> p.release().id() == e.id()).map(p -> " \u2014 " + p.describe())
                .findFirst().orElse("");
        return TimeText.at(e.tsMs(), zone) + "  " + e.kind() + ": " + e.label() + pivot;
    }

    public Node node() {
        return root;
    }
}
