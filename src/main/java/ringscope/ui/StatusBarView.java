package ringscope.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: the open case's folder, the last operation, and a spinner while background work runs. */
public final class StatusBarView {
    private final HBox root;

    public StatusBarView(MainViewModel vm) {
        Label casePath = new Label();
        casePath.setId("statusCasePath");
        casePath.textProperty().bind(vm.casePathBinding());
        casePath.setMinWidth(Region.USE_PREF_SIZE);

        Label lastOperation = new Label();
        lastOperation.setId("statusLastOperation");
        lastOperation.textProperty().bind(vm.lastOperationProperty());
        HBox.setHgrow(lastOperation, Priority.ALWAYS);
        lastOperation.setMaxWidth(Double.MAX_VALUE);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("statusBusy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.idleBinding().not());
        busy.setAccessibleText("Working");
        Label job = new Label();
        job.setId("statusJob");
        job.textProperty().bind(vm.currentJobProperty());

        root = new HBox(8, casePath, new Separator(javafx.geometry.Orientation.VERTICAL), lastOperation, job, busy);
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
    }

    public Node node() {
        return root;
    }
}
