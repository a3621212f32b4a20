package ringscope.ui.casework;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisComparison;
import ringscope.ui.DisplayText;

/** Two hypotheses side by side: shared accounts, only in A, only in B. UI thread. */
final class CompareView {
    private final VBox root;
    private final ObservableList<String> shared = FXCollections.observableArrayList();
    private final ObservableList<String> onlyA = FXCollections.observableArrayList();
    private final ObservableList<String> onlyB = FXCollections.observableArrayList();
    private final Label summary = new Label("Choose two hypotheses to compare");

    CompareView(HypothesesViewModel vm, CaseworkViewModel cw) {
        ComboBox<Hypothesis> a = chooser("compareA", cw.hypotheses());
        ComboBox<Hypothesis> b = chooser("compareB", cw.hypotheses());
        Runnable update = () -> show(vm, a.getValue(), b.getValue());
        a.valueProperty().addListener((o, x, y) -> update.run());
        b.valueProperty().addListener((o, x, y) -> update.run());
        cw.hypotheses().addListener((javafx.collections.ListChangeListener<Hypothesis>) c -> update.run());
        summary.setId("compareSummary");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.addRow(0, new Label("Shared"), new Label("Only A"), new Label("Only B"));
        grid.addRow(1, list("compareShared", shared), list("compareOnlyA", onlyA), list("compareOnlyB", onlyB));
        root = new VBox(4, Controls.heading("Compare", a), new HBox(6, new Label("A"), a, new Label("B"), b), summary,
                grid);
        root.setId("compareView");
    }

    private void show(HypothesesViewModel vm, Hypothesis a, Hypothesis b) {
        if (a == null || b == null) {
            shared.clear();
            onlyA.clear();
            onlyB.clear();
            summary.setText("Choose two hypotheses to compare");
            return;
        }
        HypothesisComparison c = vm.compare(a, b);
        shared.setAll(escaped(c.shared()));
        onlyA.setAll(escaped(c.onlyA()));
        onlyB.setAll(escaped(c.onlyB()));
        summary.setText(c.shared().size() + " shared, " + c.onlyA().size() + " only in A, " + c.onlyB().size()
                + " only in B");
    }

    private static List<String> escaped(List<String> ids) {
        return ids.stream().map(DisplayText::escape).toList();
    }

    private static ComboBox<Hypothesis> chooser(String id, ObservableList<Hypothesis> items) {
        ComboBox<Hypothesis> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(170);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Hypothesis h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : DisplayText.escape(h.name()));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private static ListView<String> list(String id, ObservableList<String> items) {
        ListView<String> l = new ListView<>(items);
        l.setId(id);
        l.setPrefSize(120, 120);
        return l;
    }

    Node node() {
        return root;
    }
}
