package ringscope.ui.casefile;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import ringscope.ui.AppStyle;

/** Progress of an export with Cancel while it runs, then the outcome (file and root hash) and Close. UI thread. */
public final class ExportDialog {
    private ExportDialog() {}

    public static Stage show(ExportViewModel vm, Window owner, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label stage = new Label();
        stage.setId("exportStage");
        stage.textProperty().bind(vm.stageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.fractionProperty());
        bar.setAccessibleText("Export progress");
        Label outcome = new Label();
        outcome.setId("exportOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelExport");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setId("closeExport");
        close.disableProperty().bind(vm.runningProperty());
        HBox buttons = new HBox(8, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, heading, stage, bar, outcome, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle(title);
        Scene scene = new Scene(root);
        AppStyle.apply(scene);
        s.setScene(scene);
        close.setOnAction(e -> s.close());
        s.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            }
        });
        s.show();
        return s;
    }
}
