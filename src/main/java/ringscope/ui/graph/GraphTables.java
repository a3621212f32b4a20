package ringscope.ui.graph;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import ringscope.ui.DisplayText;

/**
 * The table view of the picture, the accessible alternative to the canvas: the drawn nodes and edges in sortable,
 * keyboard-navigable tables whose row selection is the shared selection (both ways). UI thread.
 */
final class GraphTables {
    private final TableView<GraphRows.NodeRow> nodes = new TableView<>();
    private final TableView<GraphRows.EdgeRow> edges = new TableView<>();
    private final SplitPane root;
    private boolean syncing;

    GraphTables(GraphViewModel vm) {
        nodes.setId("graphNodesTable");
        nodes.setItems(vm.nodeRows());
        nodes.getColumns().add(col("Name", GraphRows.NodeRow::name, 180));
        nodes.getColumns().add(col("Kind", GraphRows.NodeRow::kind, 70));
        nodes.getColumns().add(num("Cluster", GraphRows.NodeRow::cluster));
        nodes.getColumns().add(num("Accounts", r -> (long) r.accounts()));
        nodes.getColumns().add(dec("Score", GraphRows.NodeRow::score));
        nodes.getColumns().add(num("Interactions", GraphRows.NodeRow::interactions));
        nodes.getColumns().add(num("Links", r -> (long) r.links()));
        nodes.setPlaceholder(new Label("Nothing drawn"));
        edges.setId("graphEdgesTable");
        edges.setItems(vm.edgeRows());
        edges.getColumns().add(col("From", GraphRows.EdgeRow::from, 150));
        edges.getColumns().add(col("To", GraphRows.EdgeRow::to, 150));
        edges.getColumns().add(col("Rules", GraphRows.EdgeRow::rules, 220));
        edges.getColumns().add(col("Tier", GraphRows.EdgeRow::tier, 70));
        edges.getColumns().add(dec("Weight", GraphRows.EdgeRow::weight));
        edges.getColumns().add(num("Links", r -> (long) r.links()));
        edges.setPlaceholder(new Label("No links drawn"));
        for (TableView<?> t : List.of(nodes, edges)) {
            t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        nodes.getSelectionModel().getSelectedItems().addListener((ListChangeListener<GraphRows.NodeRow>) c ->
                pushSelection(vm, nodes.getSelectionModel().getSelectedItems().stream()
                        .map(GraphRows.NodeRow::key).toList()));
        edges.getSelectionModel().getSelectedItems().addListener((ListChangeListener<GraphRows.EdgeRow>) c ->
                pushSelection(vm, edges.getSelectionModel().getSelectedItems().stream()
                        .map(GraphRows.EdgeRow::key).toList()));
        vm.selectedKeysProperty().addListener((o, a, keys) -> pullSelection(keys));
        root = new SplitPane(nodes, edges);
        root.setOrientation(Orientation.VERTICAL);
        root.setId("graphTables");
    }

    private void pushSelection(GraphViewModel vm, List<String> keys) {
        if (!syncing && !keys.isEmpty()) {
            vm.selectKeys(keys);
        }
    }

    private void pullSelection(Set<String> keys) {
        syncing = true;
        try {
            select(nodes, keys, GraphRows.NodeRow::key);
            select(edges, keys, GraphRows.EdgeRow::key);
        } finally {
            syncing = false;
        }
    }

    private static <T> void select(TableView<T> table, Set<String> keys, Function<T, String> key) {
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (keys.contains(key.apply(table.getItems().get(i)))) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
            }
        }
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(DisplayText.escape(value.apply(f.getValue()))));
        return c;
    }

    private static <T> TableColumn<T, Long> num(String title, Function<T, Long> value) {
        TableColumn<T, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.getStyleClass().add("numeric");
        return c;
    }

    private static <T> TableColumn<T, Double> dec(String title, Function<T, Double> value) {
        TableColumn<T, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format("%.2f", item));
            }
        });
        c.getStyleClass().add("numeric");
        return c;
    }

    TableView<GraphRows.NodeRow> nodeTable() {
        return nodes;
    }

    Node node() {
        return root;
    }
}
