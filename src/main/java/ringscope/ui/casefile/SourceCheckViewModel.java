package ringscope.ui.casefile;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.casefile.BundleReader;
import ringscope.casefile.CheckCancelledException;
import ringscope.casefile.SourceCheck;
import ringscope.casefile.SourceCheckReport;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.DisplayText;
import ringscope.ui.ErrorMessages;

/**
 * "Check against source files" in a review window: re-hashes the original files found in a folder and recomputes the
 * numbers that come straight from them, on the worker (it may import the files again into a scratch case, which
 * takes a while); cancellable. Neither the case file nor the folder is written. UI thread.
 */
public final class SourceCheckViewModel {
    private final BackgroundRunner runner;
    private final Path file;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper matched = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private ringscope.model.CancelToken token;

    public SourceCheckViewModel(BackgroundRunner runner, Path file) {
        this.runner = runner;
        this.file = file;
    }

    /** Starts checking the case file against the files in {@code folder}. */
    public void check(Path folder) {
        running.set(true);
        matched.set(false);
        lines.clear();
        verdict.set("Checking against " + DisplayText.escape(folder.toString()) + "\u2026");
        token = runner.submit("Check against source files", (progress, cancel) -> new SourceCheck()
                .check(new BundleReader().read(file), folder, progress, cancel),
                p -> verdict.set("Checking against source files: " + p.stage() + "\u2026"), this::show, this::failed);
    }

    private void show(SourceCheckReport r) {
        running.set(false);
        matched.set(r.ok());
        verdict.set((r.ok() ? "\u2714 " : "\u2716 ") + r.headline());
        lines.setAll(r.lines().stream().map(DisplayText::escape).toList());
    }

    private void failed(Exception e) {
        running.set(false);
        verdict.set(e instanceof CheckCancelledException ? e.getMessage()
                : "\u2716 " + ErrorMessages.forUser("Checking against the source files", e));
    }

    public void cancel() {
        if (token != null) {
            token.cancel();
        }
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty matchedProperty() {
        return matched.getReadOnlyProperty();
    }

    public ObservableList<String> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }
}
