package ringscope.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.CaseEntity;
import ringscope.model.EntityChange;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.store.CaseworkRepository;
import ringscope.store.CaseworkTransaction;

/**
 * Runs commands, undo and redo (the "job manager"). Each runs in one transaction that reads the before-states, writes
 * the after-states, appends exactly one hash-chained event and commits; if anything fails before the commit, neither
 * the change nor the event remains. When a method returns, its event is durable. Undo and redo are new events that
 * restore the before (or after) recorded in the event they refer to; the undo stack is folded from the log inside
 * the transaction, so it is right after a reopen. Thread-safe: actions are serialised.
 */
public final class CommandExecutor {
    private static final int MAX_TARGET = 1000;
    private static final int MAX_SUMMARY = 2000;

    private final CaseworkRepository repo;
    private final String actor;
    private final Clock clock;
    private final Supplier<String> ids;
    private final CommitHook hook;
    private final ChangeCodec codec = new ChangeCodec();

    /**
     * @param actor who acts: the OS user or the name set in preferences, 1 to 200 characters
     * @param ids fresh ids for new tags, notes, hypotheses and views (random UUIDs in the app)
     * @param hook called just before each commit ({@link CommitHook#NONE} in the app)
     */
    public CommandExecutor(CaseworkRepository repo, String actor, Clock clock, Supplier<String> ids, CommitHook hook) {
        this.repo = Objects.requireNonNull(repo);
        this.actor = Checks.name(actor, 200, "The analyst's name");
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
        this.hook = Objects.requireNonNull(hook);
    }

    /** Runs {@code command}; empty when it would change nothing (then nothing is logged). */
    public synchronized Optional<ActionEvent> execute(CaseCommand command) {
        try (CaseworkTransaction tx = repo.begin()) {
            long now = clock.millis();
            CaseCommand.Plan plan = command.plan(new Context(tx, now));
            Map<EntityRef, CaseEntity> current = tx.findAll(plan.after().stream().map(CaseEntity::ref).toList());
            List<EntityChange> changes = new ArrayList<>();
            for (CaseEntity after : plan.after()) {
                CaseEntity before = current.get(after.ref());
                if (!after.equals(before)) {
                    changes.add(new EntityChange(after.ref(), before, after));
                }
            }
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(record(tx, now, plan.type(), plan.target(), 0, plan.summary(), changes));
        }
    }

    /** Takes back the latest action not yet undone; NOTHING_TO_UNDO when there is none. */
    public synchronized ActionEvent undo() {
        return reverse(true);
    }

    /** Re-applies the latest undone action; NOTHING_TO_UNDO when there is none (or a new action came after it). */
    public synchronized ActionEvent redo() {
        return reverse(false);
    }

    private ActionEvent reverse(boolean undo) {
        try (CaseworkTransaction tx = repo.begin()) {
            UndoHistory history = UndoHistory.fold(tx.steps());
            var next = undo ? history.nextUndo() : history.nextRedo();
            if (next.isEmpty()) {
                throw new CaseworkException(CaseworkException.Kind.NOTHING_TO_UNDO,
                        undo ? "There is nothing to undo" : "There is nothing to redo");
            }
            ActionEvent original = tx.event(next.getAsLong()).orElseThrow(() -> new CaseworkException(
                    CaseworkException.Kind.DAMAGED_LOG, "Event " + next.getAsLong() + " is missing from the log"));
            List<EntityChange> recordedChanges = codec.changes(original);
            Map<EntityRef, CaseEntity> now = tx.findAll(recordedChanges.stream().map(EntityChange::ref).toList());
            List<EntityChange> changes = new ArrayList<>();
            for (EntityChange recorded : recordedChanges) {
                CaseEntity expected = undo ? recorded.after() : recorded.before();
                CaseEntity current = now.get(recorded.ref());
                if (!Objects.equals(expected, current)) {
                    throw new CaseworkException(CaseworkException.Kind.CONFLICT, "Cannot " + (undo ? "undo" : "redo")
                            + " \u201c" + original.summary() + "\u201d: " + recorded.ref() + " has changed since");
                }
                changes.add(new EntityChange(recorded.ref(), current, undo ? recorded.before() : recorded.after()));
            }
            String verb = undo ? "Undo: " : "Redo: ";
            return record(tx, clock.millis(), undo ? ActionType.UNDO : ActionType.REDO, "EVENT:" + original.seq(),
                    original.seq(), verb + original.summary(), changes);
        }
    }

    private ActionEvent record(CaseworkTransaction tx, long atMs, ActionType type, String target, long refSeq,
            String summary, List<EntityChange> changes) {
        Map<EntityRef, CaseEntity> writes = new LinkedHashMap<>();
        changes.forEach(c -> writes.put(c.ref(), c.after()));
        tx.putAll(writes);
        Optional<ActionEvent> last = tx.lastEvent();
        ActionEvent draft = new ActionEvent(last.map(e -> e.seq() + 1).orElse(1L), actor, atMs, type,
                cut(target, MAX_TARGET), refSeq, cut(summary, MAX_SUMMARY), codec.before(changes),
                codec.after(changes), last.map(ActionEvent::hash).orElse(ActionEvent.GENESIS), "");
        ActionEvent event = new ActionEvent(draft.seq(), draft.actor(), draft.atMs(), draft.action(), draft.target(),
                draft.refSeq(), draft.summary(), draft.beforeJson(), draft.afterJson(), draft.prevHash(),
                ChainHasher.hash(draft));
        tx.append(event);
        hook.beforeCommit(event);
        tx.commit();
        return event;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    public String actor() {
        return actor;
    }

    /** The planning view of one transaction. */
    private final class Context implements CommandContext {
        private final CaseworkTransaction tx;
        private final long now;

        Context(CaseworkTransaction tx, long now) {
            this.tx = tx;
            this.now = now;
        }

        @Override
        public Optional<CaseEntity> find(EntityRef ref) {
            return tx.find(ref);
        }

        @Override
        public Map<EntityRef, CaseEntity> findAll(Collection<EntityRef> refs) {
            return tx.findAll(refs);
        }

        @Override
        public <T extends CaseEntity> List<T> all(EntityKind kind, Class<T> type) {
            return tx.all(kind).stream().map(type::cast).toList();
        }

        @Override
        public String actor() {
            return actor;
        }

        @Override
        public long nowMs() {
            return now;
        }

        @Override
        public String newId() {
            return ids.get();
        }
    }
}
