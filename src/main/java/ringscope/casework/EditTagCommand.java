package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Tag;

/** Changes a tag's name, colour and description; the tag keeps its id and its assignments. */
public record EditTagCommand(String tagId, String name, String colour, String description) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Tag old = ctx.require(new EntityRef(EntityKind.TAG, tagId), Tag.class, "tag");
        if (old.retracted()) {
            throw new CaseworkException(CaseworkException.Kind.NOT_FOUND, "The tag \u201c" + old.name()
                    + "\u201d was deleted");
        }
        Tag tag = new Tag(tagId, Checks.name(name, 200, "A tag name"), Checks.colour(colour),
                Checks.text(description, 4000, "A tag description"), false);
        CreateTagCommand.requireUniqueName(ctx, tag.name(), tagId);
        return new Plan(ActionType.EDIT_TAG, "TAG:" + tagId, "Edited tag \u201c" + tag.name() + "\u201d",
                List.of(tag));
    }
}
