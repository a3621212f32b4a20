package ringscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.store.CaseStore;
import ringscope.ui.FxWait;

/** Starts the real application class (first run, then a second run) and shuts it down through {@code stop()}. */
class RingScopeAppTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void clearProperties() throws Exception {
        System.clearProperty("ringscope.home");
        System.clearProperty("ringscope.datasets");
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, 30, condition);
    }

    private Path sampleDatasets() throws IOException, URISyntaxException {
        Path tiny = Path.of(getClass().getResource("/datasets/tiny/dataset.json").toURI()).getParent();
        Path sample = Files.createDirectories(tmp.resolve("datasets").resolve(AppSettings.SAMPLE));
        try (var files = Files.list(tiny)) {
            for (Path f : files.toList()) {
                Files.copy(f, sample.resolve(f.getFileName()));
            }
        }
        return sample.getParent();
    }

    @Test
    void firstRunImportsTheSampleThenTheNextRunReopensItAndStopClosesTheCase() throws Exception {
        Path home = tmp.resolve("home");
        System.setProperty("ringscope.home", home.toString());
        System.setProperty("ringscope.datasets", sampleDatasets().toString());
        Stage stage = FxToolkit.registerPrimaryStage();

        Application first = FxToolkit.setupApplication(RingScopeApp.class);
        waitUntil("sample imported", () -> robot.lookup("#importOutcome").tryQuery().isPresent()
                && robot.lookup("#importOutcome").queryAs(Label.class).getText().startsWith("Import complete"));
        assertThat(stage.getTitle()).isEqualTo("RingScope \u2014 " + AppSettings.SAMPLE);
        assertThat(stage.isShowing()).isTrue();
        FxToolkit.cleanupApplication(first);
        FxToolkit.cleanupStages();

        Path sampleCase = home.resolve("cases").resolve(AppSettings.SAMPLE);
        assertThat(CaseStore.exists(sampleCase)).isTrue();
        assertThat(lockable(sampleCase.resolve(CaseStore.DB_NAME + ".mv.db"))).as("stop() closed the database").isTrue();
        assertThat(Files.readString(home.resolve("recent-cases.json"))).contains(sampleCase.toString());

        Application second = FxToolkit.setupApplication(RingScopeApp.class);
        waitUntil("last case reopened", () -> robot.lookup("#importRuns").tryQuery().isPresent()
                && !robot.lookup("#importRuns").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#importRuns").queryAs(TableView.class).getItems()).as("no second import").hasSize(1);
        assertThat(robot.lookup("#statusCasePath").queryAs(Label.class).getText()).isEqualTo(sampleCase.toString());
        FxToolkit.cleanupApplication(second);
    }

    /** True when no one in this JVM holds H2's lock on the file any more (a held lock throws here). */
    private static boolean lockable(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    @Test
    void withoutTheSampleTheWindowOpensEmptyAndSaysWhy() throws Exception {
        System.setProperty("ringscope.home", tmp.resolve("home").toString());
        System.setProperty("ringscope.datasets", tmp.resolve("missing").toString());
        Stage stage = FxToolkit.registerPrimaryStage();

        Application app = FxToolkit.setupApplication(RingScopeApp.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("RingScope");
        assertThat(robot.lookup("#statusLastOperation").queryAs(Label.class).getText())
                .startsWith("No case open. The sample dataset was not found at ");
        assertThat(robot.lookup("#menuBar").tryQuery()).isPresent();
        FxToolkit.cleanupApplication(app);
    }
}
