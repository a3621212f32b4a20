package ringscope.ui.casefile;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ringscope.casefile.ExportCancelledException;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportResult;
import ringscope.casefile.ViewImages;
import ringscope.model.CancelToken;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.DisplayText;
import ringscope.ui.ErrorMessages;

/** One export in progress: stage, fraction, outcome; cancel through the job's token. UI thread. */
public final class ExportViewModel {
    private final BackgroundRunner runner;
    private final CaseFileExport export;
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("Starting\u2026");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private CancelToken token;

    public ExportViewModel(BackgroundRunner runner, CaseFileExport export) {
        this.runner = runner;
        this.export = export;
    }

    /** Starts the export without pictures of the views (the bundle says so). */
    public void start(CaseStore store, Path target, ExportProfile profile) {
        start(store, target, profile, List.of());
    }

    /** Starts the export; {@code views} (taken on the UI thread) are encoded to PNG on the worker. */
    public void start(CaseStore store, Path target, ExportProfile profile, List<CapturedView> views) {
        running.set(true);
        outcome.set("");
        token = runner.submit("Export case file", (p, c) -> export.export(store, target, profile,
                        views.isEmpty() ? ViewImages.notCaptured("this export had no views to take")
                                : CapturedView.encode(views), p, c),
                p -> {
                    stage.set(p.stage());
                    fraction.set(p.fraction());
                }, this::done, this::failed);
    }

    private void done(ExportResult r) {
        running.set(false);
        fraction.set(1);
        stage.set("Done");
        outcome.set("Wrote " + DisplayText.escape(r.file().toString()) + " (" + DisplayText.bytes(r.bytes()) + ", "
                + r.taggedClusters() + " tagged clusters).\nRoot hash: " + r.rootHash()
                + "\nRecord this root hash in the hand-over note.");
    }

    private void failed(Exception e) {
        running.set(false);
        stage.set(e instanceof ExportCancelledException ? "Cancelled" : "Failed");
        outcome.set(e instanceof ExportCancelledException ? e.getMessage()
                : ErrorMessages.forUser("Exporting the case file", e) + "\nNo case file was written.");
    }

    public void cancel() {
        if (token != null) {
            token.cancel();
        }
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
