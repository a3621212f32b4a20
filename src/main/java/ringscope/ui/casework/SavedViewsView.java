package ringscope.ui.casework;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.SavedView;
import ringscope.ui.DisplayText;

/**
 * Saved views: the window's state (open tab, selection, time filter, what the graph shows) kept by name in the case,
 * to return to later. Save (the same name replaces), open (or double-click), delete. UI thread.
 */
final class SavedViewsView {
    private final VBox root = new VBox(6);

    SavedViewsView(CaseworkViewModel cw) {
        ListView<SavedView> list = new ListView<>(cw.views());
        list.setId("savedViewList");
        list.setPlaceholder(new Label("No saved views yet"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : DisplayText.escape(v.name()));
            }
        });
        Reselect.byId(list, SavedView::id);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                cw.openView(list.getSelectionModel().getSelectedItem());
            }
        });
        TextField name = new TextField();
        name.setId("savedViewName");
        name.setPromptText("Name of the view");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                name.setText(v.name());
            }
        });
        Button save = Controls.button("saveViewButton", "Save current view", e -> cw.saveView(name.getText()));
        save.disableProperty().bind(name.textProperty().isEmpty().or(cw.availableProperty().not()));
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button open = Controls.button("openViewButton", "Open",
                e -> cw.openView(list.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(none);
        Button delete = Controls.button("deleteViewButton", "Delete",
                e -> cw.deleteView(list.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(none);
        root.getChildren().addAll(Controls.heading("Saved views", list), list, Controls.heading("Name", name), name,
                new FlowPane(6, 6, save, open, delete));
        root.setPadding(new Insets(6));
        root.setId("savedViewsView");
    }

    Node node() {
        return root;
    }
}
