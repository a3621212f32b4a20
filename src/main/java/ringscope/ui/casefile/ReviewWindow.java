package ringscope.ui.casefile;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import ringscope.ui.AppStyle;

/** Opens a case file in its own window, read-only, titled so. UI thread. */
public final class ReviewWindow {
    private ReviewWindow() {}

    public static Stage show(ReviewViewModel vm, ReportViewer viewer, Window owner) {
        return show(vm, new ReviewView(vm, viewer), owner);
    }

    /** As {@link #show(ReviewViewModel, ReportViewer, Window)}, asking {@code folders} for the source folder. */
    public static Stage show(ReviewViewModel vm, ReportViewer viewer, Window owner,
            java.util.function.Function<Window, java.util.Optional<java.nio.file.Path>> folders) {
        return show(vm, new ReviewView(vm, viewer, folders), owner);
    }

    private static Stage show(ReviewViewModel vm, ReviewView view, Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Read-only review: " + vm.file().getFileName() + " \u2014 RingScope");
        Scene scene = new Scene(view.node(), 1100, 780);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }
}
