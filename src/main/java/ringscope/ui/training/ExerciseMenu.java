package ringscope.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import ringscope.casework.CaseworkService;
import ringscope.store.CaseStore;
import ringscope.training.ExerciseScore;
import ringscope.training.ExerciseService;
import ringscope.ui.AppStyle;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.ErrorMessages;

/**
 * File > Score training exercise: scores the open case's tags against the answer key of a training dataset folder
 * and shows the feedback (found or missed per planted network, precision, recall, traps, the signals of each miss).
 * UI thread; the scoring runs on the worker.
 */
public final class ExerciseMenu {
    private final MenuItem item = new MenuItem("Score _training exercise\u2026");

    public ExerciseMenu(BackgroundRunner runner, ObservableBooleanValue caseOpen, Supplier<CaseStore> currentCase,
            Function<CaseStore, CaseworkService> casework, Supplier<Window> window) {
        item.setId("menuScoreExercise");
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(caseOpen));
        item.setOnAction(e -> {
            CaseStore store = currentCase.get();
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Score exercise: choose the training dataset folder (with answer-key.json)");
            File f = chooser.showDialog(window.get());
            if (store != null && f != null) {
                Path dataset = f.toPath();
                runner.submit("Score exercise", (p, c) -> ExerciseService.score(store, casework.apply(store), dataset),
                        p -> { }, s -> show(s, dataset, window.get()),
                        ex -> show(ErrorMessages.forUser("Scoring the exercise", ex), window.get()));
            }
        });
    }

    public List<MenuItem> items() {
        return List.of(item);
    }

    /** Shows the feedback of a score in its own window. */
    public static Stage show(ExerciseScore score, Path dataset, Window owner) {
        return window("Exercise feedback: " + dataset.getFileName(), String.join("\n", score.feedback()), owner);
    }

    private static Stage show(String message, Window owner) {
        return window("Exercise feedback", message, owner);
    }

    private static Stage window(String title, String text, Window owner) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        TextArea feedback = new TextArea(text);
        feedback.setId("exerciseFeedback");
        feedback.setEditable(false);
        feedback.setWrapText(true);
        BorderPane root = new BorderPane(feedback, heading, null, null, null);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root, 760, 520);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
