package ringscope.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import ringscope.importer.PreviewRow;
import ringscope.importer.ProfileLibrary;
import ringscope.model.ImportStatus;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.ImportViewModel;
import ringscope.ui.OpenCase;

/** The wizard on a real file and a real temp-dir case: preview, change the zone, see the times change, import. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @TempDir
    static Path tmp;

    private final BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 50);
    private final AtomicReference<ImportViewModel> started = new AtomicReference<>();
    private CaseStore store;
    private ImportWizardViewModel vm;

    @Start
    void start(Stage stage) {
        store = CaseStore.create(tmp.resolve("case-" + System.nanoTime()));
        ImportService service = new ImportService(store);
        OpenCase open = OpenCase.of(store, (d, p, c) -> {
            throw new IllegalStateException("native import not expected");
        });
        vm = new ImportWizardViewModel(runner, new ImportWizardViewModel.Services(
                new ProfileLibrary(tmp.resolve("profiles")), new FormatDetector(), new MappedPreview(),
                new MappingSuggester(), (target, file, profile, progress, cancel) ->
                        service.importMapped(file, profile, ImportOptions.defaults(), progress, cancel)),
                () -> open, started::set);
        stage.setScene(new Scene(new ImportWizardView(vm, () -> {}).node(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        store.close();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportWizardTest.class.getResource("/thirdparty/" + name).toURI());
    }

    @SuppressWarnings("unchecked")
    private String firstTime(FxRobot robot) {
        TableView<PreviewRow> t = robot.lookup("#wizardPreview").queryAs(TableView.class);
        return t.getItems().isEmpty() ? "" : t.getItems().get(0).time();
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewFollowsTheTimeZoneAndTheImportUsesTheMapping(FxRobot robot) throws Exception {
        Path file = fixture("litellm-spend.csv");
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstTime(robot).equals("2026-05-20T17:44:18.134Z"));
        assertThat(robot.lookup("#wizardDetected").queryLabeled().getText()).contains("','");
        // the proposal maps the account to the user column; the row without a user would be rejected
        // the status line is set after the preview table, so wait for it rather than read it once
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#wizardStatus").queryLabeled().getText().startsWith("Reading"));
        assertThat(robot.lookup("#wizardStatus").queryLabeled().getText()).isEqualTo(
                "3 of 5 preview rows would be rejected");

        ComboBox<String> zone = robot.lookup("#wizardZone").queryAs(ComboBox.class);
        robot.interact(() -> {
            zone.getEditor().setText("Asia/Tokyo");
            zone.setValue("Asia/Tokyo");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstTime(robot).equals("2026-05-20T08:44:18.134Z"));

        robot.clickOn("#wizardImport");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started.get() != null
                && started.get().phaseProperty().get() == ImportViewModel.Phase.DONE);
        assertThat(started.get().reportProperty().get().status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(started.get().reportProperty().get().imported()).isEqualTo(2);
        assertThat(ringscope.store.CaseDump.count(store,
                "SELECT created_ms FROM account WHERE account_id = 'alice'")).isEqualTo(1_779_266_658_134L);
    }
}
