package ringscope.model;

import java.util.Objects;

/**
 * One piece of state an action changed. {@code before} is null when the thing did not exist yet; {@code after} is null
 * only when an undo takes back its creation.
 */
public record EntityChange(EntityRef ref, CaseEntity before, CaseEntity after) {
    public EntityChange {
        Objects.requireNonNull(ref, "ref");
        if (before != null && !before.ref().equals(ref) || after != null && !after.ref().equals(ref)) {
            throw new IllegalArgumentException("before and after must be states of " + ref);
        }
    }
}
