package ringscope.ui.casework;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisStatus;
import ringscope.ui.DisplayText;

/** Cluster hypotheses: list, a form to create and edit them, and a side-by-side comparison. UI thread. */
final class HypothesesView {
    private final VBox root = new VBox(6);

    HypothesesView(HypothesesViewModel vm, CaseworkViewModel cw) {
        ListView<Hypothesis> list = new ListView<>(cw.hypotheses());
        list.setId("hypothesisList");
        list.setPlaceholder(new Label("No hypotheses yet"));
        list.setPrefHeight(110);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Hypothesis h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : label(h));
            }
        });
        Reselect.byId(list, Hypothesis::id);
        root.getChildren().addAll(Controls.heading("Hypotheses", list), list, form(vm, cw, list),
                new CompareView(vm, cw).node());
        root.setPadding(new Insets(6));
        root.setId("hypothesesView");
    }

    static String label(Hypothesis h) {
        return DisplayText.escape(h.name()) + " \u2014 " + h.status() + ", " + h.accountIds().size() + " accounts";
    }

    private static Node form(HypothesesViewModel vm, CaseworkViewModel cw, ListView<Hypothesis> list) {
        TextField name = Controls.field("hypothesisName", "Name, e.g. \u201creseller ring A\u201d");
        ChoiceBox<HypothesisStatus> status = new ChoiceBox<>();
        status.getItems().setAll(HypothesisStatus.values());
        status.setValue(HypothesisStatus.DRAFT);
        status.setId("hypothesisStatus");
        TextArea evidence = Controls.area("hypothesisEvidence", "Evidence for and against", 3);
        TextArea accounts = Controls.area("hypothesisAccounts", "Account ids, one per line", 4);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                name.setText(h.name());
                status.setValue(h.status());
                evidence.setText(h.evidence());
                accounts.setText(String.join("\n", h.accountIds()));
            }
        });
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button create = Controls.button("createHypothesisButton", "New hypothesis",
                e -> vm.create(name.getText(), status.getValue(), evidence.getText(), lines(accounts.getText())));
        create.disableProperty().bind(name.textProperty().isEmpty().or(cw.availableProperty().not()));
        Button save = Controls.button("saveHypothesisButton", "Save changes", e -> vm.edit(
                list.getSelectionModel().getSelectedItem(), name.getText(), status.getValue(), evidence.getText(),
                lines(accounts.getText())));
        save.disableProperty().bind(none);
        Button delete = Controls.button("deleteHypothesisButton", "Delete",
                e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(none);
        Button addSelected = Controls.button("addSelectedAccountsButton", "Add selected accounts", e -> {
            List<String> current = lines(accounts.getText());
            vm.selectedAccounts().stream().filter(id -> !current.contains(id))
                    .forEach(id -> accounts.appendText((accounts.getText().isEmpty() ? "" : "\n") + id));
        });
        VBox.setVgrow(accounts, Priority.SOMETIMES);
        return new VBox(4, Controls.heading("Hypothesis", name), name, status, evidence,
                Controls.heading("Accounts", accounts), accounts, new FlowPane(6, 6, create, save, delete,
                        addSelected));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Node node() {
        return root;
    }
}
