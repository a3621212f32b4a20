package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.store.CaseStore;

/**
 * The main window wired as the app does it, but with a test-chosen importer, a real temp-dir H2 case and a "ping"
 * button for responsiveness checks. Build and show on the FX thread (in {@code @Start}).
 */
final class UiHarness {
    final BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 100);
    final MainViewModel vm;
    final Button ping = new Button("Ping");
    MainView view;
    private volatile CaseStore store;
    private volatile DatasetImporter importer;

    /** @param importer null: the real ImportService with default options */
    UiHarness(DatasetImporter importer) {
        this.importer = importer;
        CaseOpener opener = new CaseOpener() {
            @Override
            public OpenCase open(Path folder, char[] passphrase) {
                return wire(CaseStore.open(folder, passphrase));
            }

            @Override
            public OpenCase create(Path folder, char[] passphrase) {
                return wire(CaseStore.create(folder, passphrase));
            }
        };
        vm = new MainViewModel(
                runner, opener, new RecentCaseList(RecentCasesStore.NONE), new CaseOverviewViewModel(runner));
    }

    private OpenCase wire(CaseStore s) {
        store = s;
        ImportService real = new ImportService(s);
        return OpenCase.of(s, new DatasetImporter() {
            @Override
            public ringscope.model.ImportReport importDataset(Path dataset, ringscope.model.ProgressSink progress,
                    ringscope.model.CancelToken cancel) {
                return importer == null ? real.importDataset(dataset, ImportOptions.defaults(), progress, cancel)
                        : importer.importDataset(dataset, progress, cancel);
            }

            @Override
            public DatasetImporter allowingReimport() {
                return importer != null ? null : (dataset, progress, cancel) -> real.importDataset(dataset,
                        new ImportOptions(true, ImportOptions.defaults().maxFileBytes()), progress, cancel);
            }
        });
    }

    /** The real service behind the case, to decorate in a test. */
    DatasetImporter realImporter() {
        ImportService real = new ImportService(store);
        return (dataset, progress, cancel) -> real.importDataset(dataset, ImportOptions.defaults(), progress, cancel);
    }

    void useImporter(DatasetImporter next) {
        importer = next;
    }

    CaseStore store() {
        return store;
    }

    void show(Stage stage) {
        ping.setId("ping");
        view = new MainView(vm, () -> {});
        Scene scene = new Scene(new VBox(ping, view.node()), 1100, 700);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        stage.show();
    }

    /** Creates a case in {@code folder} through the view model and waits until it is open. */
    void createCase(Path folder) {
        Platform.runLater(() -> vm.newCase(folder));
        Path abs = folder.toAbsolutePath().normalize();
        waitUntil("case open", () -> vm.currentCaseProperty().get() != null
                && vm.currentCaseProperty().get().folder().equals(abs) && !runner.busyProperty().get());
    }

    void startImport(Path dataset) {
        Platform.runLater(() -> vm.importDataset(dataset));
        waitUntil("import started", () -> vm.activeImportProperty().get() != null);
    }

    ImportViewModel currentImport() {
        return vm.activeImportProperty().get();
    }

    void waitForImportEnd() {
        waitUntil("import finished", () -> currentImport() != null
                && currentImport().phaseProperty().get() != ImportViewModel.Phase.RUNNING
                && !runner.busyProperty().get());
    }

    void close() {
        runner.shutdown(10_000);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(vm::closeCase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, 20, condition);
    }
}
