package ringscope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.model.ImportRunSummary;
import ringscope.model.SourceFileInfo;
import ringscope.model.TableCount;
import ringscope.store.CaseOverviewRepository;

/** What the case overview shows: rows per table, source files with provenance, import runs. UI thread. */
public final class CaseOverviewViewModel {
    private final BackgroundRunner runner;
    private final ObservableList<TableCount> tableCounts = FXCollections.observableArrayList();
    private final ObservableList<SourceFileInfo> sourceFiles = FXCollections.observableArrayList();
    private final ObservableList<ImportRunSummary> importRuns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_CASE);

    /** Where the overview's data stands; the view words its empty tables after it. */
    public enum State {
        NO_CASE,
        READING,
        READ,
        FAILED
    }

    private record Snapshot(List<TableCount> counts, List<SourceFileInfo> files, List<ImportRunSummary> runs) {}

    public CaseOverviewViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Reloads everything from {@code openCase} in the background; {@code onError} gets a plain message. */
    public void refresh(OpenCase openCase, Consumer<String> onError) {
        CaseOverviewRepository repo = openCase.overview();
        state.set(State.READING);
        runner.submit(
                "Reading case overview",
                (progress, cancel) -> new Snapshot(repo.tableCounts(), repo.sourceFiles(), repo.importRuns()),
                p -> {},
                s -> {
                    state.set(State.READ);
                    tableCounts.setAll(s.counts());
                    sourceFiles.setAll(s.files());
                    importRuns.setAll(s.runs());
                },
                e -> {
                    state.set(State.FAILED);
                    onError.accept(ErrorMessages.forUser("Reading the case", e));
                });
    }

    public void clear() {
        state.set(State.NO_CASE);
        tableCounts.clear();
        sourceFiles.clear();
        importRuns.clear();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<TableCount> tableCounts() {
        return tableCounts;
    }

    public ObservableList<SourceFileInfo> sourceFiles() {
        return sourceFiles;
    }

    public ObservableList<ImportRunSummary> importRuns() {
        return importRuns;
    }
}
