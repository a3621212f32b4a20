package ringscope.ui;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of one import: progress while it runs, then the report. Closing it while the import runs asks the import
 * to cancel instead (the report then says so). UI thread.
 */
public final class ImportDialog {
    private static final double REPORT_WIDTH = 980;
    private static final double REPORT_HEIGHT = 700;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane();

    public ImportDialog(ImportViewModel vm, Window owner, Runnable onClosed) {
        ImportProgressView progress = new ImportProgressView(vm);
        content.getChildren().setAll(progress.node());
        content.getStyleClass().add("dialog-content");
        vm.phaseProperty().addListener((obs, old, phase) -> {
            if (phase != ImportViewModel.Phase.RUNNING) {
                content.getChildren().setAll(new ImportReportView(vm, stage::close).node());
                stage.setTitle("Import report \u2014 " + vm.datasetName());
                stage.setWidth(REPORT_WIDTH);
                stage.setHeight(REPORT_HEIGHT);
                if (stage.getOwner() != null) {
                    Window o = stage.getOwner();
                    stage.setX(o.getX() + Math.max(0, (o.getWidth() - REPORT_WIDTH) / 2));
                    stage.setY(o.getY() + Math.max(0, (o.getHeight() - REPORT_HEIGHT) / 2));
                }
            }
        });
        stage.setTitle("Import \u2014 " + vm.datasetName());
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(content, 560, 250);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
        stage.setOnHidden(e -> onClosed.run());
        content.setId("importDialog");
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
