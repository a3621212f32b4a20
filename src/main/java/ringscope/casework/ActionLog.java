package ringscope.casework;

import java.util.List;
import ringscope.model.ActionEvent;
import ringscope.model.ChainStatus;
import ringscope.model.EntityChange;
import ringscope.store.CaseworkRepository;

/**
 * The case's action log, read-only: every analyst action in order with its hash chain. Writing happens only through
 * {@link CommandExecutor}. Thread-safe.
 */
public final class ActionLog {
    private final CaseworkRepository repo;
    private final ChangeCodec codec = new ChangeCodec();

    public ActionLog(CaseworkRepository repo) {
        this.repo = repo;
    }

    /** Every event in seq order, exactly as stored (what an export writes and a verifier checks). */
    public List<ActionEvent> events() {
        return repo.events();
    }

    /** The {@code n} latest events, newest first (for a history list). */
    public List<ActionEvent> latest(int n) {
        return repo.latestEvents(n);
    }

    /**
     * Checks the hash chain of the stored log: OK with the head hash, or the first broken link (index and reason).
     * See {@link ChainVerifier} for what it can and cannot see.
     */
    public ChainStatus verify() {
        return ChainVerifier.verify(events());
    }

    /** The before and after states recorded in {@code event}. */
    public List<EntityChange> changes(ActionEvent event) {
        return codec.changes(event);
    }
}
