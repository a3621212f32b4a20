package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.importer.FormatDetector;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.importer.MappedPreview;
import ringscope.importer.MappingSuggester;
import ringscope.importer.ProfileLibrary;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.ui.wizard.ImportWizardViewModel;

/**
 * How a third-party log reaches the import wizard from the main window (File menu or drop) and how the wizard's import
 * shows in the window's own import dialog; a dropped folder is a native dataset.
 */
@ExtendWith(ApplicationExtension.class)
class LogFileImportTest {
    @TempDir
    Path tmp;

    private UiHarness ui;
    private final AtomicReference<ImportWizardViewModel> wizard = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        ui = new UiHarness(null);
        ui.show(stage);
        // what the composition root does, without the wizard's window: a real wizard over the open case
        ui.vm.setMappedImport(file -> {
            ImportWizardViewModel w = new ImportWizardViewModel(ui.runner, new ImportWizardViewModel.Services(
                    new ProfileLibrary(tmp.resolve("profiles")), new FormatDetector(), new MappedPreview(),
                    new MappingSuggester(), (target, path, profile, progress, cancel) -> new ImportService(
                            target.store()).importMapped(path, profile, ImportOptions.defaults(), progress, cancel)),
                    () -> ui.vm.currentCaseProperty().get(), ui.vm::trackImport);
            w.open(file);
            wizard.set(w);
        });
    }

    @AfterEach
    void tearDown() {
        ui.close();
    }

    private static Path litellm() throws Exception {
        return Path.of(LogFileImportTest.class.getResource("/thirdparty/litellm-spend.csv").toURI());
    }

    @Test
    void aLogDroppedWithoutACaseAsksForACase(FxRobot robot) throws Exception {
        Path file = litellm();
        robot.interact(() -> ui.view.dropped(file));
        assertThat(wizard.get()).isNull();
        // the error is shown as a dialog and then cleared; the wizard was never opened
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorDialog").tryQuery()).isPresent();
    }

    @Test
    void aDroppedLogOpensTheWizardAndItsImportShowsInTheWindowsDialog(FxRobot robot) throws Exception {
        ui.createCase(tmp.resolve("case"));
        Path file = litellm();
        robot.interact(() -> ui.view.dropped(file));
        UiHarness.waitUntil("wizard previewed the file", () -> wizard.get() != null
                && !wizard.get().rows().isEmpty() && !ui.runner.busyProperty().get());
        robot.interact(() -> assertThat(wizard.get().startImport()).isTrue());
        ui.waitForImportEnd();
        ImportReport report = ui.currentImport().reportProperty().get();
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.read()).isEqualTo(report.imported() + report.rejected() + report.duplicates());
        assertThat(report.imported()).isPositive();
        assertThat(ui.currentImport().dataset()).isEqualTo(file);
        // the window's status bar reports the finished import like a native one
        assertThat(ui.vm.lastOperationProperty().get()).isEqualTo(ui.currentImport().summary());
    }

    @Test
    void aDroppedFolderIsImportedAsANativeDataset(FxRobot robot) {
        ui.createCase(tmp.resolve("case"));
        Path dataset = ImportThroughDialogTest.fixture("tiny");
        robot.interact(() -> ui.view.dropped(dataset));
        ui.waitForImportEnd();
        assertThat(wizard.get()).isNull();
        assertThat(ui.currentImport().reportProperty().get().status()).isEqualTo(ImportStatus.COMPLETE);
    }
}
