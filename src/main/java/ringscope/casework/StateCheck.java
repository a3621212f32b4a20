package ringscope.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ringscope.model.ActionEvent;
import ringscope.model.CaseEntity;
import ringscope.model.EntityChange;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.store.CaseworkRepository;

/**
 * Replays the action log and compares the result with the casework tables. They match by construction (both change
 * in one transaction), so a difference means someone edited the database outside RingScope: a state row changed, or
 * the last events of the log removed (which the hash chain alone cannot see). Thread-safe.
 */
public final class StateCheck {
    private final CaseworkRepository repo;
    private final ChangeCodec codec = new ChangeCodec();

    public StateCheck(CaseworkRepository repo) {
        this.repo = repo;
    }

    /** Every thing whose stored state differs from the log's replay, as {@code KIND:id: why}; empty when all match. */
    public List<String> differences() {
        Map<EntityRef, CaseEntity> replayed = new HashMap<>();
        for (ActionEvent e : repo.events()) {
            for (EntityChange c : codec.changes(e)) {
                replayed.put(c.ref(), c.after());
            }
        }
        Map<EntityRef, CaseEntity> stored = new HashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            for (CaseEntity s : repo.all(kind, CaseEntity.class)) {
                stored.put(s.ref(), s);
            }
        }
        TreeSet<EntityRef> refs = new TreeSet<>(replayed.keySet());
        refs.addAll(stored.keySet());
        List<String> out = new ArrayList<>();
        for (EntityRef ref : refs) {
            CaseEntity expected = replayed.get(ref);
            CaseEntity actual = stored.get(ref);
            if (!Objects.equals(expected, actual)) {
                out.add(ref + ": " + (expected == null ? "in the tables but not in the log"
                        : actual == null ? "in the log but missing from the tables" : "differs from the log"));
            }
        }
        return out;
    }
}
