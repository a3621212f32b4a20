package ringscope.model;

import java.util.Objects;

/**
 * A named view to return to: filters, time range, opened items and layout as an opaque JSON document owned by the
 * views that write it.
 *
 * @param id stable id
 * @param name 1 to 200 characters, unique among active views
 * @param stateJson the views' state (JSON text; casework stores it without interpreting it)
 * @param retracted true once deleted (soft delete)
 */
public record SavedView(String id, String name, String stateJson, boolean retracted) implements CaseEntity {
    public SavedView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateJson, "stateJson");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A view name needs 1 to 200 characters");
        }
    }

    @Override
    public EntityRef ref() {
        return new EntityRef(EntityKind.SAVED_VIEW, id);
    }
}
