package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Tag;

/**
 * Deletes a tag softly: it is marked retracted and disappears from lists, but stays in the case and the log. Its
 * assignments stay as they are, so undoing the delete brings the tag back on every target.
 */
public record RetractTagCommand(String tagId) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Tag old = ctx.require(new EntityRef(EntityKind.TAG, tagId), Tag.class, "tag");
        return new Plan(ActionType.RETRACT_TAG, "TAG:" + tagId, "Deleted tag \u201c" + old.name() + "\u201d",
                List.of(old.withRetracted(true)));
    }
}
