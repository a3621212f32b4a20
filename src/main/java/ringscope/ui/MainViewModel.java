package ringscope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ringscope.store.CaseStoreException;

/**
 * State and commands of the main window: the open case, its overview, the recent cases, the running import, the status
 * line. Commands take plain paths so that tests (and the first-run set-up) need no file dialogs. UI thread.
 */
public final class MainViewModel {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());

    private final BackgroundRunner runner;
    private final CaseOpener opener;
    private final RecentCaseList recent;
    private final CaseOverviewViewModel overview;
    private final ReadOnlyObjectWrapper<OpenCase> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ImportViewModel> activeImport = new ReadOnlyObjectWrapper<>(this, "import");
    private final ReadOnlyStringWrapper lastOperation = new ReadOnlyStringWrapper(this, "lastOperation", "Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ringscope.ui.clusters.ClustersViewModel clusters;

    public MainViewModel(BackgroundRunner runner, CaseOpener opener, RecentCaseList recent,
            CaseOverviewViewModel overview) {
        this.runner = runner;
        this.opener = opener;
        this.recent = recent;
        this.overview = overview;
        this.clusters = new ringscope.ui.clusters.ClustersViewModel(runner);
        current.addListener((o, before, now) -> clusters.show(now == null ? null : now.store()));
    }

    public ringscope.ui.clusters.ClustersViewModel clusters() {
        return clusters;
    }

    /** Opens the case in {@code folder}; an encrypted case asks for its passphrase (again after a wrong one). */
    public void openCase(Path folder) {
        switchTo(folder, false, null, c -> {});
    }

    public void newCase(Path folder) {
        newCase(folder, null);
    }

    /**
     * Creates a case in {@code folder}, encrypted at rest with {@code passphrase} when it is not null. Takes ownership
     * of the array: it is cleared once the case is created (or creating it failed).
     */
    public void newCase(Path folder, char[] passphrase) {
        switchTo(folder, true, passphrase, c -> {});
    }

    /** Creates a case and, once it is open, imports {@code dataset} into it (the first-run sample). */
    public void newCaseThenImport(Path folder, Path dataset) {
        switchTo(folder, true, null, c -> importDataset(dataset));
    }

    /** Who asks for the passphrase of an encrypted case (set by the view; without one, the case cannot be opened). */
    private PassphrasePrompt passphrasePrompt = (folder, message, onEntered, onCancel) -> {
        reportError(message);
        onCancel.run();
    };

    public void setPassphrasePrompt(PassphrasePrompt prompt) {
        this.passphrasePrompt = prompt;
    }

    /** {@code passphrase} is cleared on the worker right after use; it never reaches a log, a message or a file. */
    private void switchTo(Path folder, boolean create, char[] passphrase, Consumer<OpenCase> andThen) {
        OpenCase previous = current.get();
        String verb = create ? "Creating" : "Opening";
        lastOperation.set(verb + " case " + DisplayText.escape(folder.toString()) + "\u2026");
        runner.submit(
                verb + " case",
                (progress, cancel) -> {
                    OpenCase next;
                    try {
                        next = create ? opener.create(folder, passphrase) : opener.open(folder, passphrase);
                    } finally {
                        clear(passphrase);
                    }
                    if (previous != null) {
                        closeQuietly(previous);
                    }
                    return next;
                },
                p -> {},
                next -> {
                    current.set(next);
                    recent.add(next.folder());
                    lastOperation.set((create ? "Created" : "Opened") + " case " + next.name()
                            + (next.store() != null && next.store().encrypted() ? " (encrypted at rest)" : ""));
                    overview.refresh(next, this::reportError);
                    andThen.accept(next);
                },
                e -> {
                    if (!create && needsPassphrase(e, passphrase != null)) {
                        askPassphrase(folder, passphrase != null, andThen);
                        return;
                    }
                    String msg = ErrorMessages.forUser(verb + " the case", e);
                    lastOperation.set("Could not " + (create ? "create" : "open") + " case " + folder.getFileName());
                    if (!create && !Files.isDirectory(folder)) {
                        recent.remove(folder);
                    }
                    reportError(msg);
                });
    }

    private static boolean needsPassphrase(Throwable e, boolean gaveOne) {
        return e instanceof CaseStoreException c && (c.kind() == CaseStoreException.Kind.PASSPHRASE_REQUIRED
                || gaveOne && c.kind() == CaseStoreException.Kind.WRONG_PASSPHRASE);
    }

    private void askPassphrase(Path folder, boolean afterWrongOne, Consumer<OpenCase> andThen) {
        String message = afterWrongOne
                ? "Wrong passphrase. The case was not opened and is left untouched. Try again, or cancel."
                : "This case is encrypted. Enter its passphrase to open it.";
        lastOperation.set(afterWrongOne ? "Wrong passphrase for case " + folder.getFileName()
                : "Case " + folder.getFileName() + " is encrypted: waiting for its passphrase");
        passphrasePrompt.ask(folder, message, p -> switchTo(folder, false, p, andThen),
                () -> lastOperation.set("Opening case " + folder.getFileName() + " cancelled"));
    }

    private static void clear(char[] passphrase) {
        if (passphrase != null) {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /** Who opens the import wizard on a third-party log file (set by the composition root). */
    private Consumer<Path> mappedImport = f -> reportError("The import wizard is not available in this window.");

    public void setMappedImport(Consumer<Path> opener) {
        this.mappedImport = opener;
    }

    /** Opens the import wizard on {@code file} (a gateway, proxy or access log, or an ad-hoc CSV/JSONL export). */
    public void importLogFile(Path file) {
        if (current.get() == null) {
            reportError("Open or create a case before importing a log file.");
            return;
        }
        mappedImport.accept(file);
    }

    /** Shows an import that was started elsewhere (the wizard) like one started here: dialog, report, refresh. */
    public void trackImport(ImportViewModel vm) {
        activeImport.set(vm);
        lastOperation.set(vm.summary());
        vm.phaseProperty().addListener((o, before, now) -> {
            if (now != ImportViewModel.Phase.RUNNING) {
                importFinished(vm);
            }
        });
    }

    /** Imports {@code dataset} into the open case; the import's view model appears in {@link #activeImportProperty}. */
    public void importDataset(Path dataset) {
        OpenCase openCase = current.get();
        if (openCase == null) {
            reportError("Open or create a case before importing a dataset.");
            return;
        }
        ImportViewModel vm = new ImportViewModel(runner, openCase, dataset, this::importFinished);
        DatasetImporter again = openCase.importer().allowingReimport();
        if (again != null) {
            OpenCase reimporting = new OpenCase(openCase.folder(), openCase.overview(), again, openCase.store());
            vm.offerImportAnyway(() -> {
                ImportViewModel next = new ImportViewModel(runner, reimporting, dataset, this::importFinished);
                activeImport.set(next);
                lastOperation.set(next.summary());
                next.start();
            });
        }
        activeImport.set(vm);
        lastOperation.set(vm.summary());
        vm.start();
    }

    private void importFinished(ImportViewModel vm) {
        lastOperation.set(vm.summary());
        OpenCase openCase = current.get();
        if (openCase != null) {
            overview.refresh(openCase, this::reportError);
        }
    }

    /** The view calls this when the import dialog is closed. */
    public void dismissImport() {
        activeImport.set(null);
    }

    /** Shows {@code message} to the user (the view turns it into a dialog, then calls {@link #clearError}). */
    public void reportError(String message) {
        error.set("");
        error.set(message);
    }

    /** Puts {@code message} in the status bar's "last operation" field. */
    public void reportStatus(String message) {
        lastOperation.set(message);
    }

    public void clearError() {
        error.set("");
    }

    /** Closes the open case on the caller's thread; call only after the runner has stopped (application exit). */
    public void closeCase() {
        OpenCase c = current.get();
        current.set(null);
        overview.clear();
        if (c != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(OpenCase c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing case " + c.folder() + " failed", e);
        }
    }

    public ReadOnlyObjectProperty<OpenCase> currentCaseProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportViewModel> activeImportProperty() {
        return activeImport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastOperationProperty() {
        return lastOperation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding titleBinding() {
        return Bindings.createStringBinding(
                () -> current.get() == null ? "RingScope" : "RingScope \u2014 " + DisplayText.escape(current.get().name()),
                current);
    }

    public StringBinding casePathBinding() {
        return Bindings.createStringBinding(
                () -> current.get() == null ? "No case open" : DisplayText.escape(current.get().folder().toString()),
                current);
    }

    /** Whether case commands (new, open, import) are possible now: not while background work runs. */
    public BooleanBinding idleBinding() {
        return runner.busyProperty().not();
    }

    public BooleanBinding canImportBinding() {
        return runner.busyProperty().not().and(current.isNotNull());
    }

    public ReadOnlyStringProperty currentJobProperty() {
        return runner.currentJobProperty();
    }

    public CaseOverviewViewModel overview() {
        return overview;
    }

    public RecentCaseList recent() {
        return recent;
    }
}
