package ringscope.casework;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import ringscope.model.ActionEvent;
import ringscope.model.CaseEntity;
import ringscope.model.CaseStatus;
import ringscope.model.EntityChange;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisStatus;
import ringscope.model.Note;
import ringscope.model.SavedView;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.store.CaseworkRepository;

/**
 * Casework on one open case: analyst actions (each one event in the hash-chained action log, durable when the method
 * returns), undo and redo, the current state ({@link #queries()}) and the log ({@link #log()}). Headless; all methods
 * may block on the database, so call them off the UI thread. Thread-safe.
 */
public final class CaseworkService {
    private final CommandExecutor executor;
    private final CaseworkQueries queries;
    private final ActionLog log;
    private final CaseworkRepository repo;

    /** For the app: the given actor, the system clock, random ids, no commit hook. */
    public CaseworkService(CaseStore store, String actor) {
        this(store, actor, Clock.systemUTC(), () -> UUID.randomUUID().toString(), CommitHook.NONE);
    }

    /** For tests and tools: every dependency given. */
    public CaseworkService(CaseStore store, String actor, Clock clock, Supplier<String> ids, CommitHook hook) {
        this.repo = new CaseworkRepository(store);
        this.executor = new CommandExecutor(repo, actor, clock, ids, hook);
        this.queries = new CaseworkQueries(repo);
        this.log = new ActionLog(repo);
    }

    /** Runs any command; empty when it would change nothing (nothing is logged then). */
    public Optional<ActionEvent> execute(CaseCommand command) {
        return executor.execute(command);
    }

    /** Takes back the latest action not yet undone (a new UNDO event). */
    public ActionEvent undo() {
        return executor.undo();
    }

    /** Re-applies the latest undone action (a new REDO event). */
    public ActionEvent redo() {
        return executor.redo();
    }

    /** What undo and redo would do now, for buttons and menus. */
    public UndoState undoState() {
        UndoHistory history = UndoHistory.fold(repo.steps());
        return new UndoState(summary(history.nextUndo()), summary(history.nextRedo()));
    }

    private Optional<String> summary(java.util.OptionalLong seq) {
        return seq.isEmpty() ? Optional.empty() : repo.event(seq.getAsLong()).map(ActionEvent::summary);
    }

    /**
     * What undo and redo would take back or re-apply, as the summaries of those actions.
     *
     * @param undo summary of the action Undo would take back; empty: nothing to undo
     * @param redo summary of the action Redo would re-apply; empty: nothing to redo
     */
    public record UndoState(Optional<String> undo, Optional<String> redo) {}

    /** Adds the starter tags if the case has none of their names yet; empty when nothing was added. */
    public Optional<ActionEvent> seedStarterTaxonomy() {
        return execute(new SeedTaxonomyCommand());
    }

    public Tag createTag(String name, String colour, String description) {
        return created(execute(new CreateTagCommand(name, colour, description)), Tag.class);
    }

    public Optional<ActionEvent> editTag(String tagId, String name, String colour, String description) {
        return execute(new EditTagCommand(tagId, name, colour, description));
    }

    public Optional<ActionEvent> deleteTag(String tagId) {
        return execute(new RetractTagCommand(tagId));
    }

    /** Tags every target of {@code targets} (one action). */
    public Optional<ActionEvent> tag(String tagId, List<Target> targets) {
        return execute(new TagTargetsCommand(tagId, targets));
    }

    public Optional<ActionEvent> untag(String tagId, List<Target> targets) {
        return execute(new UntagTargetsCommand(tagId, targets));
    }

    public Note addNote(Target target, String text) {
        return created(execute(new AddNoteCommand(target, text)), Note.class);
    }

    public Optional<ActionEvent> editNote(String noteId, String text) {
        return execute(new EditNoteCommand(noteId, text));
    }

    public Optional<ActionEvent> deleteNote(String noteId) {
        return execute(new RetractNoteCommand(noteId));
    }

    public Optional<ActionEvent> setMembership(Target group, String accountId, int confidencePercent,
            String justification) {
        return execute(new SetMembershipCommand(group, accountId, confidencePercent, justification));
    }

    public Hypothesis createHypothesis(String name, HypothesisStatus status, String evidence, List<String> accounts) {
        return created(execute(new CreateHypothesisCommand(name, status, evidence, accounts)), Hypothesis.class);
    }

    public Optional<ActionEvent> editHypothesis(String id, String name, HypothesisStatus status, String evidence,
            List<String> accounts) {
        return execute(new EditHypothesisCommand(id, name, status, evidence, accounts));
    }

    public Optional<ActionEvent> deleteHypothesis(String id) {
        return execute(new RetractHypothesisCommand(id));
    }

    public Optional<ActionEvent> setCaseStatus(CaseStatus status, String decisionNote) {
        return execute(new SetCaseStatusCommand(status, decisionNote));
    }

    public Optional<ActionEvent> setClassification(String label) {
        return execute(new SetClassificationCommand(label));
    }

    public SavedView saveView(String name, String stateJson) {
        Optional<ActionEvent> e = execute(new SaveViewCommand(name, stateJson));
        return e.isPresent() ? created(e, SavedView.class) : queries.views().stream()
                .filter(v -> v.name().equals(name.strip())).findFirst().orElseThrow();
    }

    public Optional<ActionEvent> deleteView(String viewId) {
        return execute(new RetractViewCommand(viewId));
    }

    /** The single new state of a creating action. */
    private <T extends CaseEntity> T created(Optional<ActionEvent> event, Class<T> type) {
        ActionEvent e = event.orElseThrow(() -> new IllegalStateException("a creating action always changes state"));
        List<EntityChange> changes = log.changes(e);
        return type.cast(changes.get(0).after());
    }

    public CaseworkQueries queries() {
        return queries;
    }

    public ActionLog log() {
        return log;
    }

    /**
     * Differences between the casework tables and a replay of the log (empty when they match). Together with
     * {@link ActionLog#verify()} this also notices removed last events and state rows edited outside RingScope.
     */
    public List<String> stateDifferences() {
        return new StateCheck(repo).differences();
    }

    /** Who this service records as the actor. */
    public String actor() {
        return executor.actor();
    }
}
