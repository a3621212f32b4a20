package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;

/** Puts a tag on one target or on a whole selection (one action, one log event). */
public record TagTargetsCommand(String tagId, List<Target> targets) implements CaseCommand {
    public TagTargetsCommand {
        targets = List.copyOf(targets);
    }

    @Override
    public Plan plan(CommandContext ctx) {
        List<Target> all = Checks.targets(targets);
        Tag tag = ctx.require(new EntityRef(EntityKind.TAG, tagId), Tag.class, "tag");
        if (tag.retracted()) {
            throw new CaseworkException(CaseworkException.Kind.NOT_FOUND, "The tag \u201c" + tag.name()
                    + "\u201d was deleted");
        }
        List<CaseEntity> after = all.stream().<CaseEntity>map(t -> new TagAssignment(tagId, t, true)).toList();
        return new Plan(ActionType.TAG_TARGETS, Checks.logTarget(all), "Tagged " + Checks.describe(all)
                + " \u201c" + tag.name() + "\u201d", after);
    }
}
