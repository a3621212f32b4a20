package ringscope.ui.casework;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.ActionEvent;
import ringscope.ui.DisplayText;

/** The latest actions of the log, newest first, and a button that verifies the hash chain. UI thread. */
final class HistoryView {
    private final VBox root = new VBox(6);

    HistoryView(CaseworkViewModel cw) {
        ListView<ActionEvent> list = new ListView<>(cw.history());
        list.setId("historyList");
        list.setPlaceholder(new Label("No actions yet"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActionEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : line(e));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button verify = Controls.button("verifyLogButton", "Verify action log", e -> cw.verifyLog());
        verify.disableProperty().bind(cw.availableProperty().not());
        root.getChildren().addAll(Controls.heading("Action history (newest first)", list), list, verify);
        root.setPadding(new Insets(6));
        root.setId("historyView");
    }

    static String line(ActionEvent e) {
        return "#" + e.seq() + "  " + DisplayText.utc(e.atMs()) + "  " + DisplayText.escape(e.actor()) + "\n"
                + DisplayText.escape(e.summary());
    }

    Node node() {
        return root;
    }
}
