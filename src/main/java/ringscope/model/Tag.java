package ringscope.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tag analysts put on accounts, links and clusters.
 *
 * @param id stable id (never reused, survives renames)
 * @param name shown name, 1 to 200 characters; unique among active tags (ignoring case)
 * @param colour {@code #RRGGBB}, upper-case hex
 * @param description what the tag means, may be empty
 * @param retracted true once deleted (soft delete: the tag stays for history)
 */
public record Tag(String id, String name, String colour, String description, boolean retracted) implements CaseEntity {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(colour, "colour");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A tag name needs 1 to 200 characters");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("A tag colour is #RRGGBB (upper-case hex), not " + colour);
        }
    }

    @Override
    public EntityRef ref() {
        return new EntityRef(EntityKind.TAG, id);
    }

    public Tag withRetracted(boolean value) {
        return new Tag(id, name, colour, description, value);
    }
}
