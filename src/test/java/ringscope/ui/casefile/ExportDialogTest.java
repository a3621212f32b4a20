package ringscope.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.casefile.BundleReader;
import ringscope.casefile.BundleVerifier;
import ringscope.casefile.CaseFileExporter;
import ringscope.casefile.ExportCancelledException;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportedCase;
import ringscope.model.Progress;
import ringscope.ui.BackgroundRunner;

/** The export dialog: progress then the root hash; Cancel stops the export and leaves no file. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path tmp;

    private BackgroundRunner runner;
    private Stage dialog;

    @Start
    void start(Stage stage) {
        runner = new BackgroundRunner(Platform::runLater, 50);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(dialog::close).get(10, TimeUnit.SECONDS);
        }
        runner.shutdown(10_000);
    }

    private String text(FxRobot robot, String id) {
        return robot.from(dialog.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void exportThroughTheDialogShowsTheRootHashOfAVerifiedFile(FxRobot robot) throws Exception {
        try (ExportedCase c = new ExportedCase(tmp)) {
            Path target = tmp.resolve("out.ringcase");
            ExportViewModel vm = new ExportViewModel(runner, (store, t, profile, views, p, cancel) ->
                    new CaseFileExporter(store, c.casework).export(t, profile, views, p, cancel));
            dialog = WaitForAsyncUtils.asyncFx(() -> {
                Stage s = ExportDialog.show(vm, null, "Export case file (full)");
                vm.start(c.store, target, ExportProfile.FULL);
                return s;
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#exportOutcome").isEmpty());
            String root = new BundleVerifier().verify(new BundleReader().read(target), "").rootHash();
            assertThat(text(robot, "#exportStage")).isEqualTo("Done");
            assertThat(text(robot, "#exportOutcome")).contains("Root hash: " + root);
            assertThat(robot.lookup("#closeExport").queryButton().isDisabled()).isFalse();
        }
    }

    @Test
    void cancelStopsTheExportAndSaysNoFileWasWritten(FxRobot robot) throws Exception {
        ExportViewModel vm = new ExportViewModel(runner, (store, t, profile, views, p, cancel) -> {
            while (!cancel.isCancelled()) {
                p.report(new Progress("cluster 1", 0, -1, -1, 0));
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
            throw new ExportCancelledException();
        });
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = ExportDialog.show(vm, null, "Export case file (full)");
            vm.start(null, tmp.resolve("never.ringcase"), ExportProfile.FULL);
            return s;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#exportStage").equals("cluster 1"));
        robot.clickOn("#cancelExport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#exportStage").equals("Cancelled"));
        assertThat(text(robot, "#exportOutcome")).isEqualTo("Export cancelled; no case file was written");
        assertThat(Files.exists(tmp.resolve("never.ringcase"))).isFalse();
    }
}
