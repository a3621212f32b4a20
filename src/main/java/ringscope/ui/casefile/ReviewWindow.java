package ringscope.ui.casefile;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import ringscope.ui.AppStyle;

/** Opens a case file in its own window, read-only, titled so. UI thread. */
public final class ReviewWindow {
    private ReviewWindow() {}

    public static Stage show(ReviewViewModel vm, ReportViewer viewer, Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Read-only review: " + vm.file().getFileName() + " \u2014 RingScope");
        Scene scene = new Scene(new ReviewView(vm, viewer).node(), 1100, 780);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }
}
