package ringscope.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.Progress;

/**
 * One import into the open case: progress while it runs, then the report (per-file counts, outcome, rejected rows).
 * UI thread.
 */
public final class ImportViewModel {
    /** RUNNING until the service returns; DONE with a report; ERROR when the call itself failed (no report). */
    public enum Phase {
        RUNNING,
        DONE,
        ERROR
    }

    private final BackgroundRunner runner;
    private final OpenCase openCase;
    private final Path dataset;
    private final Consumer<ImportViewModel> onFinished;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.RUNNING);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "Starting\u2026");
    private final ReadOnlyStringWrapper rows = new ReadOnlyStringWrapper(this, "rows", "0 rows");
    private final ReadOnlyStringWrapper bytes = new ReadOnlyStringWrapper(this, "bytes", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", DisplayText.duration(0));
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper(this, "remaining", DisplayText.duration(-1));
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final ReadOnlyBooleanWrapper canImportAnyway = new ReadOnlyBooleanWrapper(this, "canImportAnyway");
    private Runnable importAnyway;
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<FileReport> files = FXCollections.observableArrayList();
    private final RejectionPageViewModel rejections;
    private CancelToken token;
    private long lastElapsedMillis;
    private long lastProgressNanos = -1;

    public ImportViewModel(BackgroundRunner runner, OpenCase openCase, Path dataset, Consumer<ImportViewModel> onFinished) {
        this.runner = runner;
        this.openCase = openCase;
        this.dataset = dataset;
        this.onFinished = onFinished;
        this.rejections = new RejectionPageViewModel(runner);
    }

    /** Starts the import in the background; call once. */
    public void start() {
        if (token != null) {
            throw new IllegalStateException("import already started");
        }
        DatasetImporter importer = openCase.importer();
        token = runner.submit(
                "Importing " + datasetName(),
                (progress, cancel) -> importer.importDataset(dataset, progress, cancel),
                this::showProgress,
                this::showReport,
                this::showError);
    }

    /**
     * What "Import anyway" does when this import is refused because its files are already in the case (the main
     * view model starts the same import again, allowing re-import); offered only when set.
     */
    public void offerImportAnyway(Runnable action) {
        this.importAnyway = action;
    }

    /** Runs the import again, allowing files that are already in the case; only after a refusal for that reason. */
    public void importAnyway() {
        if (canImportAnyway.get()) {
            canImportAnyway.set(false);
            importAnyway.run();
        }
    }

    public ReadOnlyBooleanProperty canImportAnywayProperty() {
        return canImportAnyway.getReadOnlyProperty();
    }

    /** Asks the import to stop at its next check; it then rolls back and reports CANCELLED. */
    public void cancel() {
        if (token != null && phase.get() == Phase.RUNNING) {
            token.cancel();
            cancelRequested.set(true);
            stage.set("Cancelling\u2026 (rolling back)");
        }
    }

    private void showProgress(Progress p) {
        if (!cancelRequested.get()) {
            stage.set(DisplayText.escape(p.stage()));
        }
        rows.set(DisplayText.count(p.items()) + " rows");
        if (p.bytesDone() < 0) {
            bytes.set("\u2014");
        } else {
            bytes.set(p.bytesTotal() > 0
                    ? DisplayText.bytes(p.bytesDone()) + " of " + DisplayText.bytes(p.bytesTotal())
                    : DisplayText.bytes(p.bytesDone()));
        }
        lastElapsedMillis = p.elapsedMillis();
        lastProgressNanos = System.nanoTime();
        elapsed.set(DisplayText.duration(p.elapsedMillis()));
        // all bytes read but not returned yet: indexes and aggregates are being written
        remaining.set(p.fraction() >= 1 ? "finishing\u2026" : DisplayText.duration(p.estimatedMillisLeft()));
        fraction.set(p.fraction());
    }

    /**
     * Advances the elapsed time between progress updates (a long final stage, such as building aggregates, may report
     * nothing for a while). The view calls it on a timer while the import runs.
     */
    public void tick() {
        if (phase.get() == Phase.RUNNING && lastProgressNanos >= 0) {
            elapsed.set(DisplayText.duration(lastElapsedMillis + (System.nanoTime() - lastProgressNanos) / 1_000_000));
        }
    }

    private void showReport(ImportReport r) {
        files.setAll(r.files());
        report.set(r);
        message.set(DisplayText.escape(r.message()));
        elapsed.set(DisplayText.duration(r.elapsedMillis()));
        remaining.set(DisplayText.duration(0));
        outcome.set(outcomeOf(r));
        if (r.status() == ImportStatus.COMPLETE) {
            fraction.set(1);
        }
        rejections.load(openCase.overview(), r.runId());
        canImportAnyway.set(r.alreadyImported() && importAnyway != null);
        phase.set(Phase.DONE);
        onFinished.accept(this);
    }

    private void showError(Exception e) {
        outcome.set("Import failed. The case is unchanged.");
        message.set(ErrorMessages.forUser("The import", e));
        phase.set(Phase.ERROR);
        onFinished.accept(this);
    }

    static String outcomeOf(ImportReport r) {
        String counts = DisplayText.count(r.imported()) + " rows imported, " + DisplayText.count(r.rejected())
                + " rejected, " + DisplayText.count(r.duplicates()) + " duplicates, of "
                + DisplayText.count(r.read()) + " read";
        return switch (r.status()) {
            case COMPLETE -> "Import complete: " + counts + " in " + DisplayText.duration(r.elapsedMillis()) + ".";
            case CANCELLED -> "Import cancelled. The case is unchanged.";
            case FAILED -> "Import failed. The case is unchanged.";
            case RUNNING, FINISHING, INTERRUPTED -> "Import " + r.status().name().toLowerCase(Locale.ROOT) + ".";
        };
    }

    /** A one-line summary for the status bar. */
    public String summary() {
        return switch (phase.get()) {
            case RUNNING -> "Importing " + datasetName() + "\u2026";
            case DONE, ERROR -> datasetName() + ": " + outcome.get();
        };
    }

    public String datasetName() {
        Path n = dataset.getFileName();
        return DisplayText.escape(n == null ? dataset.toString() : n.toString());
    }

    public Path dataset() {
        return dataset;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** Bytes done / total in [0, 1], or -1 while unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<FileReport> files() {
        return files;
    }

    public RejectionPageViewModel rejections() {
        return rejections;
    }
}
