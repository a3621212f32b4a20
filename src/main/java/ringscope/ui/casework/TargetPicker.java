package ringscope.ui.casework;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import ringscope.model.Target;
import ringscope.model.TargetKind;
import ringscope.ui.Selection;

/**
 * Picks a target by kind and key (an account id, link id, cluster id) into the shared selection: the keyboard way to
 * select, and the way to reach things no other view shows yet. UI thread.
 */
final class TargetPicker {
    private final HBox root;

    TargetPicker(Selection selection) {
        ChoiceBox<TargetKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(TargetKind.ACCOUNT, TargetKind.LINK, TargetKind.CLUSTER, TargetKind.HYPOTHESIS);
        kind.setValue(TargetKind.CLUSTER);
        kind.setId("targetKindChoice");
        TextField key = Controls.field("targetKeyField", "id");
        HBox.setHgrow(key, Priority.ALWAYS);
        Button select = Controls.button("selectTargetButton", "Select", e -> selection.select(target(kind, key)));
        Button add = Controls.button("addTargetButton", "Add", e -> selection.add(target(kind, key)));
        Button clear = Controls.button("clearSelectionButton", "Clear", e -> selection.clear());
        select.disableProperty().bind(key.textProperty().isEmpty());
        add.disableProperty().bind(key.textProperty().isEmpty());
        key.setOnAction(e -> {
            if (!key.getText().isBlank()) {
                selection.select(target(kind, key));
            }
        });
        Label label = new Label("Pick");
        label.setLabelFor(key);
        root = new HBox(4, label, kind, key, select, add, clear);
        root.setId("targetPicker");
    }

    private static Target target(ChoiceBox<TargetKind> kind, TextField key) {
        return new Target(kind.getValue(), key.getText().strip());
    }

    Node node() {
        return root;
    }
}
