package ringscope.ui.casework;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import ringscope.casework.CaseworkException;
import ringscope.casework.CaseworkService;
import ringscope.model.ActionEvent;
import ringscope.model.CaseDecision;
import ringscope.model.Hypothesis;
import ringscope.model.Note;
import ringscope.model.SavedView;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.ErrorMessages;
import ringscope.ui.Selection;

/**
 * State and commands of the casework panel for the open case: tags, the tags and notes of the selection's focus,
 * hypotheses, the case decision, recent history and undo/redo. Every write and read goes through the background
 * runner; the lists change only after the write has committed, so what the panel shows is durable. UI thread.
 */
public final class CaseworkViewModel {
    /** How many events the history list shows. */
    static final int HISTORY = 200;

    /** Everything the panel shows, read in one go on the worker. */
    record Snapshot(List<Tag> tags, Target focus, List<Tag> focusTags, List<Note> focusNotes,
            List<Hypothesis> hypotheses, CaseDecision decision, List<ActionEvent> history,
            CaseworkService.UndoState undo, List<SavedView> views) {}

    /**
     * What a saved view holds and how it is put back: the window's state as JSON (the open tab, the selection, the
     * time filter, what the graph shows). Supplied by the composition root; both run on the UI thread.
     */
    public interface ViewState {
        String capture();

        void restore(String stateJson);

        ViewState NONE = new ViewState() {
            @Override
            public String capture() {
                return "{}";
            }

            @Override
            public void restore(String stateJson) {}
        };
    }

    private record Opened(CaseworkService service, Snapshot snapshot) {}

    private record Done(String message, Snapshot snapshot) {}

    private final BackgroundRunner runner;
    private final Selection selection;
    private final Function<CaseStore, CaseworkService> services;
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<Tag> focusTags = FXCollections.observableArrayList();
    private final ObservableList<Note> focusNotes = FXCollections.observableArrayList();
    private final ObservableList<Hypothesis> hypotheses = FXCollections.observableArrayList();
    private final ObservableList<ActionEvent> history = FXCollections.observableArrayList();
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private ViewState viewState = ViewState.NONE;
    private final ReadOnlyObjectWrapper<CaseDecision> decision =
            new ReadOnlyObjectWrapper<>(this, "decision", CaseDecision.INITIAL);
    private final ReadOnlyObjectWrapper<Target> shownFocus = new ReadOnlyObjectWrapper<>(this, "shownFocus");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private CaseworkService service;
    private long generation;

    /**
     * @param runner runs every database call; a runner of its own keeps edits from queueing behind an import
     * @param selection the app's shared selection
     * @param services makes the casework service for an opened case (binds the actor); called on the worker
     */
    public CaseworkViewModel(BackgroundRunner runner, Selection selection,
            Function<CaseStore, CaseworkService> services) {
        this.runner = runner;
        this.selection = selection;
        this.services = services;
        selection.focusProperty().addListener((o, a, b) -> reload());
        selection.targets().addListener((ListChangeListener<Target>) c -> status.set(selectionText()));
    }

    /** Switches to the casework of {@code store}; null: no case open. */
    public void show(CaseStore store) {
        long gen = ++generation;
        service = null;
        available.set(false);
        apply(new Snapshot(List.of(), null, List.of(), List.of(), List.of(), CaseDecision.INITIAL, List.of(),
                new CaseworkService.UndoState(java.util.Optional.empty(), java.util.Optional.empty()), List.of()));
        if (store == null) {
            status.set("No case open");
            return;
        }
        status.set("Reading casework\u2026");
        Target focus = selection.focusProperty().get();
        runner.submit("Reading casework", (p, c) -> {
            CaseworkService s = services.apply(store);
            return new Opened(s, load(s, focus));
        }, p -> {}, result -> {
            if (gen == generation) {
                service = result.service();
                available.set(true);
                apply(result.snapshot());
                status.set(selectionText());
            }
        }, e -> fail("Reading the casework", e));
    }

    /** Re-reads what the panel shows (after the focus changed). */
    void reload() {
        CaseworkService s = service;
        if (s == null) {
            return;
        }
        long gen = generation;
        Target focus = selection.focusProperty().get();
        runner.submit("Reading casework", (p, c) -> load(s, focus), p -> {}, snap -> {
            if (gen == generation) {
                apply(snap);
            }
        }, e -> fail("Reading the casework", e));
    }

    /**
     * Runs {@code action} on the worker, then re-reads the state; {@code action} returns the status line to show.
     * Failures show their plain message in the status line.
     */
    void act(String job, Function<CaseworkService, String> action) {
        CaseworkService s = service;
        if (s == null) {
            status.set("Open a case first");
            return;
        }
        long gen = generation;
        Target focus = selection.focusProperty().get();
        runner.submit(job, (p, c) -> {
            String done = action.apply(s);
            return new Done(done, load(s, focus));
        }, p -> {}, result -> {
            if (gen == generation) {
                apply(result.snapshot());
                status.set(result.message());
            }
        }, e -> fail(job, e));
    }

    private static Snapshot load(CaseworkService s, Target focus) {
        var q = s.queries();
        return new Snapshot(q.tags(), focus, focus == null ? List.of() : q.tagsOn(focus),
                q.notesOn(focus == null ? Target.CASE : focus), q.hypotheses(), q.decision(), s.log().latest(HISTORY),
                s.undoState(), q.views());
    }

    private void apply(Snapshot snap) {
        tags.setAll(snap.tags());
        shownFocus.set(snap.focus());
        focusTags.setAll(snap.focusTags());
        focusNotes.setAll(snap.focusNotes());
        hypotheses.setAll(snap.hypotheses());
        decision.set(snap.decision());
        history.setAll(snap.history());
        views.setAll(snap.views());
        undoText.set(snap.undo().undo().orElse(""));
        redoText.set(snap.undo().redo().orElse(""));
        if (service != null && !java.util.Objects.equals(snap.focus(), selection.focusProperty().get())) {
            reload();
        }
    }

    private void fail(String job, Exception e) {
        status.set(e instanceof CaseworkException ? e.getMessage() : ErrorMessages.forUser(job, e));
    }

    private String selectionText() {
        int n = selection.targets().size();
        Target focus = selection.focusProperty().get();
        return n == 0 ? "Nothing selected" : n == 1 ? "Selected " + focus : n + " selected; notes show " + focus;
    }

    /** Sets how views are captured and restored (the composition root knows the window's parts). */
    public void setViewState(ViewState state) {
        this.viewState = state == null ? ViewState.NONE : state;
    }

    /** Saves what the window shows now under {@code name} (the same name replaces the earlier view). */
    public void saveView(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            status.set("Give the view a name first");
            return;
        }
        String json = viewState.capture();
        act("Saving the view", s -> {
            s.saveView(trimmed, json);
            return "Saved view \u201c" + trimmed + "\u201d";
        });
    }

    /** Puts the window back the way {@code view} recorded it. */
    public void openView(SavedView view) {
        if (view == null) {
            return;
        }
        viewState.restore(view.stateJson());
        status.set("Opened view \u201c" + view.name() + "\u201d");
    }

    public void deleteView(SavedView view) {
        if (view != null) {
            act("Deleting the view", s -> {
                s.deleteView(view.id());
                return "Deleted view \u201c" + view.name() + "\u201d";
            });
        }
    }

    public ObservableList<SavedView> views() {
        return FXCollections.unmodifiableObservableList(views);
    }

    /** Takes back the latest action (a new UNDO event in the log). */
    public void undo() {
        act("Undo", s -> "Undone: " + s.undo().summary().substring("Undo: ".length()));
    }

    /** Re-applies the latest undone action (a new REDO event). */
    public void redo() {
        act("Redo", s -> "Redone: " + s.redo().summary().substring("Redo: ".length()));
    }

    /** Checks the hash chain of the log and shows the result in the status line. */
    public void verifyLog() {
        act("Verifying the action log", s -> {
            var r = s.log().verify();
            return r.ok() ? "Action log verified: " + r.events() + " events, head " + r.headHash().substring(0, 12)
                    : "Action log NOT verified: " + r.reason();
        });
    }

    public Selection selection() {
        return selection;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    /** The tags on the focused target (the one {@link #shownFocusProperty()} names). */
    public ObservableList<Tag> focusTags() {
        return focusTags;
    }

    public ObservableList<Note> focusNotes() {
        return focusNotes;
    }

    public ObservableList<Hypothesis> hypotheses() {
        return hypotheses;
    }

    /** Latest events first. */
    public ObservableList<ActionEvent> history() {
        return history;
    }

    public ReadOnlyObjectProperty<CaseDecision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** The target whose tags and notes are shown now (null: none). */
    public ReadOnlyObjectProperty<Target> shownFocusProperty() {
        return shownFocus.getReadOnlyProperty();
    }

    /** Summary of what Undo would take back; "" when nothing. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True while a case is open and its casework has been read. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
