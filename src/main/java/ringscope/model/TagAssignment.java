package ringscope.model;

import java.util.Objects;

/**
 * A tag on a target. Removing a tag from a target keeps the row with {@code active = false}.
 *
 * @param tagId the tag's id
 * @param target what is tagged
 * @param active whether the tag is currently on the target
 */
public record TagAssignment(String tagId, Target target, boolean active) implements CaseEntity {
    public TagAssignment {
        Objects.requireNonNull(tagId, "tagId");
        Objects.requireNonNull(target, "target");
    }

    /** Id {@code tagId|KIND:key}. */
    @Override
    public EntityRef ref() {
        return refOf(tagId, target);
    }

    public static EntityRef refOf(String tagId, Target target) {
        return new EntityRef(EntityKind.TAG_ASSIGNMENT, tagId + "|" + target);
    }
}
