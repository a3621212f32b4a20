package ringscope.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (implementation in progress). */
public final class RingScopeApp extends Application {
    static void launchWindow(String[] args) {
        Application.launch(RingScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("RingScope");
        stage.show();
    }
}
