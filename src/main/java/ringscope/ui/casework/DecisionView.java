package ringscope.ui.casework;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.CaseDecision;
import ringscope.model.CaseStatus;
import ringscope.ui.DisplayText;

/** The case's status with its decision note, and the classification label exports carry. UI thread. */
final class DecisionView {
    private final VBox root = new VBox(6);

    DecisionView(DecisionViewModel vm, CaseworkViewModel cw) {
        Label current = new Label();
        current.setId("decisionSummary");
        current.setWrapText(true);
        current.textProperty().bind(Bindings.createStringBinding(() -> describe(cw.decisionProperty().get()),
                cw.decisionProperty()));
        ChoiceBox<CaseStatus> status = new ChoiceBox<>();
        status.getItems().setAll(CaseStatus.values());
        status.setId("caseStatusChoice");
        TextArea note = Controls.area("decisionNoteField", "Why: the decision and what it rests on", 5);
        TextField classification = Controls.field("classificationField", "e.g. CONFIDENTIAL");
        cw.decisionProperty().addListener((o, a, d) -> fill(d, status, note, classification));
        fill(cw.decisionProperty().get(), status, note, classification);
        Button saveStatus = Controls.button("saveStatusButton", "Set status",
                e -> vm.setStatus(status.getValue(), note.getText()));
        saveStatus.disableProperty().bind(cw.availableProperty().not());
        Button saveClassification = Controls.button("saveClassificationButton", "Set classification",
                e -> vm.setClassification(classification.getText()));
        saveClassification.disableProperty().bind(cw.availableProperty().not());
        HBox.setHgrow(classification, Priority.ALWAYS);
        root.getChildren().addAll(current, Controls.heading("Case status", status), status,
                Controls.heading("Decision note", note), note, saveStatus,
                Controls.heading("Classification", classification), new HBox(6, classification, saveClassification));
        root.setPadding(new Insets(6));
        root.setId("decisionView");
    }

    private static void fill(CaseDecision d, ChoiceBox<CaseStatus> status, TextArea note, TextField classification) {
        status.setValue(d.status());
        note.setText(d.decisionNote());
        classification.setText(d.classification());
    }

    static String describe(CaseDecision d) {
        return "Status " + d.status() + "; classification "
                + (d.classification().isEmpty() ? "not set" : DisplayText.escape(d.classification()));
    }

    Node node() {
        return root;
    }
}
