package ringscope.ui.graph;

import java.io.File;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import ringscope.graph.ColourMode;
import ringscope.model.AccountHit;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkRule;
import ringscope.ui.DisplayText;

/**
 * The graph tab: toolbar (history, open, expand/collapse, pin, re-layout, export), link filters and search, account
 * filters ({@link GraphFilterBar}), the picture (or its table view) with legend, "showing N of M" and a context
 * menu, and the details, evidence and why-together panes. Builds nodes and binds
 * to {@link GraphViewModel}; every control has an id. UI thread; {@link #close()} stops the viewer.
 */
public final class GraphView {
    private static final Logger LOG = Logger.getLogger(GraphView.class.getName());

    private final GraphViewModel vm;
    private final GraphCanvas canvas = new GraphCanvas();
    private final GraphLegend legend = new GraphLegend();
    private final BorderPane root = new BorderPane();
    private final ComboBox<Double> exportScale = new ComboBox<>();
    private final ContextMenu menu = new ContextMenu();

    public GraphView(GraphViewModel vm) {
        this.vm = vm;
        root.setId("graphView");
        wireCanvas();
        wireMenuAndKeys();
        VBox top = new VBox(4, toolbar(), filters(), new GraphFilterBar(vm.filters()).node());
        top.setPadding(new Insets(6));
        root.setTop(top);
        SplitPane split = new SplitPane(centre(), sidePanes());
        split.setDividerPositions(0.68);
        root.setCenter(split);
        root.setBottom(statusLine());
    }

    private void wireCanvas() {
        canvas.setListener(new GraphCanvas.Listener() {
            @Override
            public void clicked(String key, boolean shift) {
                vm.clicked(key, shift);
            }

            @Override
            public void doubleClicked(String key) {
                vm.doubleClicked(key);
            }

            @Override
            public void background() {
                vm.clearSelection();
            }

            @Override
            public void dragged(String nodeKey, double x, double y) {
                vm.dragged(nodeKey, x, y);
            }

            @Override
            public void rectangle(java.util.Set<String> nodeKeys, boolean shift) {
                vm.selectNodes(nodeKeys, shift);
            }

            @Override
            public void contextMenu(String nodeKey, double screenX, double screenY) {
                if (nodeKey != null && !vm.selectedKeysProperty().get().contains(nodeKey)) {
                    vm.clicked(nodeKey, false);
                }
                menu.show(canvas.node(), screenX, screenY);
            }
        });
        vm.pictureProperty().addListener((o, a, p) -> {
            if (p != null) {
                canvas.show(p.graph(), p.options(), p.positions(), p.fit());
                canvas.select(vm.selectedKeysProperty().get());
                legend.show(p.options().colour(), p.options().sizeByVolume());
            } else {
                canvas.show(ringscope.graph.VisualGraph.empty("none", ""), ringscope.graph.StyleOptions.defaults(),
                        java.util.Map.of(), true);
            }
        });
        vm.movedProperty().addListener((o, a, moved) -> {
            if (moved != null) {
                canvas.move(moved);
            }
        });
        vm.selectedKeysProperty().addListener((o, a, keys) -> canvas.select(keys));
        vm.focusRequestProperty().addListener((o, a, key) -> {
            if (key != null) {
                canvas.centreOn(key);
            }
        });
    }

    /** The canvas's context menu, and the keys E (expand) and C (collapse) anywhere but in a text field. */
    private void wireMenuAndKeys() {
        menu.setId("graphContextMenu");
        MenuItem open = item("graphMenuOpen", "Open", () -> vm.openFocus(1));
        MenuItem expand = item("graphMenuExpand", "Expand neighbours (E)", vm::expandFocus);
        expand.disableProperty().bind(vm.canExpandProperty().not());
        MenuItem collapse = item("graphMenuCollapse", "Collapse (C)", vm::collapse);
        collapse.disableProperty().bind(vm.canCollapseProperty().not());
        MenuItem pin = item("graphMenuPin", "Pin / unpin", vm::togglePin);
        menu.getItems().addAll(open, expand, collapse, new SeparatorMenuItem(), pin);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.E) {
                vm.expandFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.C) {
                vm.collapse();
                e.consume();
            }
        });
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node toolbar() {
        Button back = button("graphBack", "\u25c0 Back", "Go back to the previous view", vm::goBack);
        back.disableProperty().bind(vm.canBackProperty().not());
        Button forward = button("graphForward", "Forward \u25b6", "Go forward again", vm::goForward);
        forward.disableProperty().bind(vm.canForwardProperty().not());
        Button overview = button("graphOverview", "Overview", "All clusters as meta-nodes", vm::openOverview);
        Button open = button("graphOpen", "Open", "Open the selected cluster, or the selected account's 1-hop"
                + " neighbourhood (or double-click it)", () -> vm.openFocus(1));
        Button twoHops = button("graphOpen2", "2 hops", "The selected account's 2-hop neighbourhood",
                () -> vm.openFocus(2));
        Button expand = button("graphExpand", "Expand", "Add the selected account's 1-hop neighbours and their"
                + " links to this view (E; right-click for the menu)", vm::expandFocus);
        expand.disableProperty().bind(vm.canExpandProperty().not());
        Button collapse = button("graphCollapse", "Collapse", "Remove what the selected account's expansion added,"
                + " or the latest expansion (C)", vm::collapse);
        collapse.disableProperty().bind(vm.canCollapseProperty().not());
        Button pin = button("graphPin", "Pin / unpin", "Keep the selected node where it is when re-laying out"
                + " (dragging a node also pins it)", vm::togglePin);
        Button relayout = button("graphRelayout", "Re-layout", "Lay the view out again (pinned nodes stay)",
                vm::relayout);
        exportScale.setId("graphExportScale");
        exportScale.getItems().addAll(1.0, 2.0);
        exportScale.setValue(2.0);
        exportScale.setConverter(converter(d -> String.format("%.0fx", d)));
        Button export = button("graphExport", "Export PNG\u2026", "Save the visible graph as a PNG image",
                this::export);
        ComboBox<ColourMode> colour = new ComboBox<>();
        colour.setId("graphColour");
        colour.getItems().addAll(ColourMode.values());
        colour.valueProperty().bindBidirectional(vm.colourProperty());
        colour.setConverter(converter(m -> "Colour by " + m.name().toLowerCase(java.util.Locale.ROOT)));
        ComboBox<Boolean> size = new ComboBox<>();
        size.setId("graphSize");
        size.getItems().addAll(false, true);
        size.valueProperty().bindBidirectional(vm.sizeByVolumeProperty().asObject());
        size.setConverter(converter(v -> v ? "Size by volume" : "Size by accounts"));
        // a ToolBar, not a FlowPane: when the casework panel takes a third of a 1440 px window the row no longer
        // wraps into two; what does not fit (from the right: styles, export) moves into the overflow menu (>>)
        ToolBar bar = new ToolBar(back, forward, overview, open, twoHops, expand, collapse, pin, relayout,
                new Separator(Orientation.VERTICAL), colour, size, export, exportScale);
        bar.setId("graphToolbar");
        return bar;
    }

    private Node filters() {
        ComboBox<LinkRule> rule = new ComboBox<>();
        rule.setId("graphRuleFilter");
        rule.getItems().add(null);
        rule.getItems().addAll(LinkRule.values());
        rule.setConverter(converter(r -> r == null ? "All link types" : r.name()));
        rule.setButtonCell(nullSafeCell("All link types", LinkRule::name));
        rule.valueProperty().addListener((o, a, r) -> vm.filters().setRule(r));
        ComboBox<LinkRule.Tier> tier = new ComboBox<>();
        tier.setId("graphTierFilter");
        tier.getItems().add(null);
        tier.getItems().addAll(LinkRule.Tier.values());
        tier.setConverter(converter(t -> t == null ? "Every tier" : "Tier " + t.name().toLowerCase() + " or better"));
        tier.setButtonCell(nullSafeCell("Every tier", t -> "Tier " + t.name().toLowerCase() + " or better"));
        tier.valueProperty().addListener((o, a, t) -> vm.filters().setMinTier(t));
        Slider weight = new Slider(0, 10, 0);
        weight.setId("graphMinWeight");
        weight.setPrefWidth(120);
        Label weightText = new Label("min weight 0.0");
        weightText.textProperty().bind(weight.valueProperty().asString("min weight %.1f"));
        weight.valueProperty().addListener((o, a, w) -> vm.filters().setMinWeight(Math.round(w.doubleValue() * 10)
                / 10.0));
        TextField search = new TextField();
        search.setId("graphSearch");
        search.setPromptText("Account id, IP, payment fingerprint or email hash");
        search.setPrefColumnCount(26);
        search.setOnAction(e -> vm.search(search.getText()));
        Button go = button("graphSearchButton", "Find", "Find the account and show it", () -> vm.search(
                search.getText()));
        ComboBox<AccountHit> hits = new ComboBox<>(vm.hits());
        hits.setId("graphHits");
        hits.setPromptText("matches");
        hits.setConverter(converter(h -> h == null ? "" : DisplayText.escape(h.accountId() + " (" + h.field() + ")")));
        hits.setOnAction(e -> {
            if (hits.getValue() != null) {
                vm.jumpTo(hits.getValue());
            }
        });
        ToolBar bar = new ToolBar(new Label("Search:"), search, go, hits, new Separator(Orientation.VERTICAL),
                new Label("Links:"), rule, tier, weight, weightText);
        bar.setId("graphLinkBar");
        return bar;
    }

    private Node centre() {
        Label caption = new Label();
        caption.setId("graphCaption");
        caption.textProperty().bind(vm.captionProperty());
        caption.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-padding: 2 6 2 6; -fx-font-weight: bold;");
        StackPane drawing = new StackPane(canvas.node(), caption);
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setMargin(caption, new Insets(6));
        caption.setMouseTransparent(true);
        caption.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        VBox picture = new VBox(drawing, legend.node());
        VBox.setVgrow(drawing, Priority.ALWAYS);
        Tab pictureTab = new Tab("Picture", picture);
        pictureTab.setId("graphPictureTab");
        Tab tableTab = new Tab("Table", new GraphTables(vm).node());
        tableTab.setId("graphTableTab");
        TabPane modes = new TabPane(pictureTab, tableTab);
        modes.setId("graphModes");
        modes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label title = new Label();
        title.setId("graphTitle");
        title.textProperty().bind(vm.titleProperty());
        title.setStyle("-fx-font-weight: bold;");
        title.setPadding(new Insets(2, 6, 2, 6));
        VBox box = new VBox(title, modes);
        VBox.setVgrow(modes, Priority.ALWAYS);
        return box;
    }

    private Node sidePanes() {
        GraphInspector in = vm.inspector();
        TableView<GraphInspector.Field> details = new TableView<>(in.details());
        details.setId("graphDetails");
        details.getColumns().add(column("Field", GraphInspector.Field::name, 110));
        details.getColumns().add(column("Value", GraphInspector.Field::value, 200));
        details.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        details.setPlaceholder(new Label("Click a node or a link"));
        Label evidenceCaption = new Label();
        evidenceCaption.setId("graphEvidenceCaption");
        evidenceCaption.textProperty().bind(in.evidenceCaptionProperty());
        evidenceCaption.setWrapText(true);
        TableView<EvidenceRow> evidence = new TableView<>(in.evidence());
        evidence.setId("graphEvidenceTable");
        evidence.getColumns().add(column("File", EvidenceRow::fileName, 110));
        evidence.getColumns().add(column("Line", r -> Long.toString(r.lineNo()), 50));
        evidence.getColumns().add(column("Account", EvidenceRow::accountId, 110));
        evidence.getColumns().add(column("Row", EvidenceRow::text, 320));
        evidence.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth() * 0.6));
        evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        evidence.setPlaceholder(new Label("No rows"));
        Button previous = button("graphEvidencePrev", "\u25c0", "Previous page", in::previousPage);
        previous.disableProperty().bind(in.hasPreviousProperty().not());
        Button next = button("graphEvidenceNext", "\u25b6", "Next page", in::nextPage);
        next.disableProperty().bind(in.hasNextProperty().not());
        HBox paging = new HBox(6, previous, next, evidenceCaption);
        paging.setAlignment(Pos.CENTER_LEFT);
        VBox evidenceBox = new VBox(4, new Label("Evidence: rows behind the selected link"), paging, evidence);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        Label whyCaption = new Label();
        whyCaption.setId("graphWhyCaption");
        whyCaption.setWrapText(true);
        whyCaption.textProperty().bind(in.whyCaptionProperty());
        ListView<String> why = new ListView<>(in.why());
        why.setId("graphWhyList");
        why.setCellFactory(l -> wrapping());
        VBox whyBox = new VBox(4, new Label("Why together"), whyCaption, why);
        VBox.setVgrow(why, Priority.ALWAYS);
        VBox detailsBox = new VBox(4, new Label("Details"), details);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane side = new SplitPane(detailsBox, evidenceBox, whyBox);
        side.setId("graphSide");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.34, 0.7);
        for (Node n : side.getItems()) {
            ((VBox) n).setPadding(new Insets(4));
        }
        return side;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("graphStatus");
        status.textProperty().bind(vm.statusProperty());
        Button stop = new Button("Stop");
        stop.setId("graphStopLoading");
        stop.setTooltip(new Tooltip("Stop reading the view (it can be opened again later)"));
        // hidden, not unmanaged: the line keeps its height, so the canvas above it is not resized (and the whole graph
        // redrawn and rasterised again, 0.2-1 s in the software pipeline) when a read starts and again when it ends
        stop.visibleProperty().bind(vm.loadingProperty());
        stop.setOnAction(e -> vm.stopLoading());
        HBox line = new HBox(8, stop, status);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(2, 6, 2, 6));
        return line;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the visible graph");
        chooser.setInitialFileName("graph.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the visible graph to {@code file} at the chosen scale (the export button's action without a dialog). */
    public void exportTo(java.nio.file.Path file) {
        try {
            PngExport.write(canvas, exportScale.getValue(), file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PNG export failed", e);
        }
    }

    private static ListCell<String> wrapping() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DisplayText.escape(item));
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
            double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(DisplayText.escape(
                value.apply(f.getValue()))));
        return c;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }

    static <T> ListCell<T> nullSafeCell(String none, java.util.function.Function<T, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : show.apply(item));
            }
        };
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public Node node() {
        return root;
    }

    /** Stops the viewer's redraw timer. */
    public void close() {
        canvas.close();
    }
}
