package ringscope.ui;

import java.net.URL;
import java.util.logging.Logger;
import javafx.scene.Scene;

/** Adds RingScope's stylesheet (top-level {@code resources/styles}, packaged under {@code ringscope/assets}). */
public final class AppStyle {
    static final String STYLESHEET = "/ringscope/assets/styles/ringscope.css";
    private static final Logger LOG = Logger.getLogger(AppStyle.class.getName());

    private AppStyle() {}

    public static void apply(Scene scene) {
        URL css = AppStyle.class.getResource(STYLESHEET);
        if (css == null) {
            LOG.warning("stylesheet missing: " + STYLESHEET);
            return;
        }
        scene.getStylesheets().add(css.toExternalForm());
    }
}
