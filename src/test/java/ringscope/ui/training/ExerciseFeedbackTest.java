package ringscope.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.training.AnswerKey;
import ringscope.training.ExerciseScorer;
import ringscope.training.ExerciseService;

/** The exercise feedback window shows, read-only, what was missed and which signals would have shown it. */
@ExtendWith(ApplicationExtension.class)
class ExerciseFeedbackTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void feedbackWindowNamesMissedNetworksAndTheirSignals(FxRobot robot) throws Exception {
        Path dataset = Path.of("datasets", "classroom-reseller");
        AnswerKey key = ExerciseService.key(dataset);
        var score = ExerciseScorer.score(key, Set.of(key.clusters().get(0).members().get(0)));
        Stage w = WaitForAsyncUtils.asyncFx(() -> ExerciseMenu.show(score, dataset, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.from(w.getScene().getRoot()).lookup("#exerciseFeedback").queryAs(TextArea.class);
        assertThat(area.isEditable()).isFalse();
        assertThat(area.getText()).contains("MISSED reseller-1 (reseller): 1 of 40 members tagged.")
                .contains("  - shared_payment_instrument: 3 cards pay for all 40 accounts.");
        WaitForAsyncUtils.asyncFx(w::close).get(10, TimeUnit.SECONDS);
    }
}
