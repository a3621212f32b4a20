package ringscope.ui.timeline;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import ringscope.model.TermCount;
import ringscope.model.TermKind;

/** Interactions of the timeline's scope by model, category and status, most first. UI thread. */
final class BreakdownPane {
    private final HBox root = new HBox(6);

    BreakdownPane(TimelineViewModel vm) {
        root.setId("timelineBreakdown");
        table(vm, TermKind.MODEL, "timelineModels", "Model");
        table(vm, TermKind.CATEGORY, "timelineCategories", "Category");
        table(vm, TermKind.STATUS, "timelineStatuses", "Status");
    }

    private void table(TimelineViewModel vm, TermKind kind, String id, String title) {
        ObservableList<TermCount> items = FXCollections.observableArrayList();
        TableView<TermCount> t = new TableView<>(items);
        t.setId(id);
        TableColumn<TermCount, String> value = new TableColumn<>(title);
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        value.setPrefWidth(170);
        TableColumn<TermCount, Long> n = new TableColumn<>("Interactions");
        n.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interactions()));
        n.setPrefWidth(100);
        t.getColumns().add(value);
        t.getColumns().add(n);
        HBox.setHgrow(t, Priority.ALWAYS);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        t.setPlaceholder(placeholder);
        vm.detailsProperty().addListener(o -> {
            items.setAll(vm.breakdown(kind));
            TimelineData.Details d = vm.detailsProperty().get();
            placeholder.setText(kind == TermKind.STATUS && d != null ? d.statusNote() : "");
        });
        root.getChildren().add(t);
    }

    Node node() {
        return root;
    }
}
