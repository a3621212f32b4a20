package ringscope.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link Launcher} (a main class that extends {@code Application} fails on the
 * class path). All wiring happens in {@link Composition}.
 */
public final class RingScopeApp extends Application {
    private Composition composition;

    static void launchWindow(String[] args) {
        Application.launch(RingScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        composition = new Composition(AppSettings.fromSystemProperties(), Platform::exit);
        composition.start(stage);
    }

    /** Closes the case database: background work is cancelled and rolled back first. */
    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
            composition = null;
        }
    }
}
