package ringscope.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Progress of a running import: a bar over bytes, rows, bytes, elapsed, time left, and Cancel. UI thread. */
final class ImportProgressView {
    private final VBox root;
    private final Button cancel;

    ImportProgressView(ImportViewModel vm) {
        Label title = new Label("Importing " + vm.datasetName());
        title.getStyleClass().add("section-title");

        Label stage = new Label();
        stage.setId("importStage");
        stage.textProperty().bind(vm.stageProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.fractionProperty());
        bar.setAccessibleText("Import progress");

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        addFact(facts, 0, "Rows:", "importRows", vm.rowsProperty());
        addFact(facts, 1, "Data:", "importBytes", vm.bytesProperty());
        addFact(facts, 2, "Elapsed:", "importElapsed", vm.elapsedProperty());
        addFact(facts, 3, "Time left:", "importRemaining", vm.remainingProperty());

        cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.cancelRequestedProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // keeps "Elapsed" moving between progress updates; stops with the import
        Timeline ticker = new Timeline(new KeyFrame(Duration.millis(500), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        vm.phaseProperty().addListener((o, old, phase) -> ticker.stop());

        root = new VBox(10, title, stage, bar, facts, buttons);
        VBox.setVgrow(facts, Priority.ALWAYS);
        root.getStyleClass().add("import-progress");
        root.setId("importProgressPane");
    }

    private static void addFact(GridPane grid, int row, String name, String id,
            javafx.beans.value.ObservableValue<String> value) {
        Label label = new Label(name);
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(value);
        label.setLabelFor(text);
        grid.addRow(row, label, text);
    }

    Node node() {
        return root;
    }

    Button cancelButton() {
        return cancel;
    }
}
