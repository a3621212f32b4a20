package ringscope.ui.casefile;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ringscope.casefile.CaseFileFormat;
import ringscope.casefile.ExportProfile;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;

/**
 * File menu items for case files: open one for read-only review, export the open case (full or redacted). Choosers
 * here; the work in {@link ReviewViewModel} and {@link ExportViewModel}. UI thread.
 */
public final class CaseFileMenu {
    private final BackgroundRunner runner;
    private final CaseFileExport export;
    private final Supplier<CaseStore> currentCase;
    private final Supplier<Window> window;
    private final List<MenuItem> items;
    private final Supplier<ReportViewer> viewers;
    private final ViewCapture views;

    /**
     * @param caseOpen true while a case is open (export needs one)
     * @param currentCase the open case's store, or null
     * @param viewers makes the report viewer of each review window
     * @param views takes the pictures of the graph and timeline that an export puts in the bundle
     */
    public CaseFileMenu(BackgroundRunner runner, CaseFileExport export, ObservableBooleanValue caseOpen,
            Supplier<CaseStore> currentCase, Supplier<Window> window, Supplier<ReportViewer> viewers,
            ViewCapture views) {
        this.runner = runner;
        this.views = views;
        this.viewers = viewers;
        this.export = export;
        this.currentCase = currentCase;
        this.window = window;
        MenuItem open = new MenuItem("Open case _file (read-only review)\u2026");
        open.setId("menuOpenCaseFile");
        open.setOnAction(e -> chooseBundle().ifPresent(this::review));
        MenuItem full = new MenuItem("_Export case file\u2026");
        full.setId("menuExportCaseFile");
        full.setOnAction(e -> chooseTarget().ifPresent(p -> export(p, ExportProfile.FULL)));
        MenuItem redacted = new MenuItem("Export _redacted case file\u2026");
        redacted.setId("menuExportRedactedCaseFile");
        redacted.setOnAction(e -> chooseTarget().ifPresent(p -> export(p, ExportProfile.REDACTED)));
        full.disableProperty().bind(javafx.beans.binding.Bindings.not(caseOpen));
        redacted.disableProperty().bind(javafx.beans.binding.Bindings.not(caseOpen));
        items = List.of(open, full, redacted);
    }

    public List<MenuItem> items() {
        return items;
    }

    /** Opens {@code bundle} in a read-only review window and verifies it. */
    public void review(Path bundle) {
        ReviewWindow.show(new ReviewViewModel(runner, bundle), viewers.get(), window.get());
    }

    /**
     * Exports the open case to {@code target} with a progress dialog. The views are pictured first, before the dialog
     * covers anything, exactly as the analyst left them.
     */
    public void export(Path target, ExportProfile profile) {
        CaseStore store = currentCase.get();
        if (store == null) {
            return;
        }
        List<CapturedView> pictures = views.capture();
        ExportViewModel vm = new ExportViewModel(runner, export);
        ExportDialog.show(vm, window.get(), "Export case file (" + profile.name() + ")");
        vm.start(store, target, profile, pictures);
    }

    private java.util.Optional<Path> chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open case file for read-only review");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("RingScope case file",
                "*" + CaseFileFormat.EXTENSION));
        File f = chooser.showOpenDialog(window.get());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<Path> chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export case file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("RingScope case file",
                "*" + CaseFileFormat.EXTENSION));
        CaseStore store = currentCase.get();
        chooser.setInitialFileName((store == null ? "case" : store.name()) + CaseFileFormat.EXTENSION);
        File f = chooser.showSaveDialog(window.get());
        if (f == null) {
            return java.util.Optional.empty();
        }
        Path p = f.toPath();
        return java.util.Optional.of(p.getFileName().toString().endsWith(CaseFileFormat.EXTENSION) ? p
                : p.resolveSibling(p.getFileName() + CaseFileFormat.EXTENSION));
    }
}
