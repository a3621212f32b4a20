package ringscope.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;

/**
 * What a command may see while it plans: the case's current casework state inside the action's own transaction, who
 * acts, the time, and fresh ids. Valid only during {@link CaseCommand#plan}.
 */
public interface CommandContext {
    /** The current state of {@code ref}; empty when it does not exist. */
    Optional<CaseEntity> find(EntityRef ref);

    /** The current states of {@code refs}, read in bulk; refs that do not exist are not in the map. */
    Map<EntityRef, CaseEntity> findAll(Collection<EntityRef> refs);

    /** Every current row of {@code kind}, retracted or inactive ones included. */
    <T extends CaseEntity> List<T> all(EntityKind kind, Class<T> type);

    /** Who acts. */
    String actor();

    /** The action's time, epoch ms UTC. */
    long nowMs();

    /** A new id, never used before in this case. */
    String newId();

    /** The current state of {@code ref} as {@code type}, or NOT_FOUND with {@code what} in the message. */
    default <T extends CaseEntity> T require(EntityRef ref, Class<T> type, String what) {
        return find(ref).map(type::cast).orElseThrow(
                () -> new CaseworkException(CaseworkException.Kind.NOT_FOUND, "No such " + what + " in this case"));
    }
}
