package ringscope.model;

import java.util.Objects;

/**
 * Names one piece of casework state: its kind and an id that is unique within the kind. For tag assignments and
 * memberships the id is composed from their natural key (see their {@code ref()}).
 */
public record EntityRef(EntityKind kind, String id) implements Comparable<EntityRef> {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(EntityRef o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
