package ringscope.casework;

import java.util.List;
import java.util.Set;
import ringscope.model.ActionType;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;

/** Takes a tag off one target or a whole selection; the assignments stay as inactive rows (soft delete). */
public record UntagTargetsCommand(String tagId, List<Target> targets) implements CaseCommand {
    public UntagTargetsCommand {
        targets = List.copyOf(targets);
    }

    @Override
    public Plan plan(CommandContext ctx) {
        List<Target> all = Checks.targets(targets);
        Tag tag = ctx.require(new EntityRef(EntityKind.TAG, tagId), Tag.class, "tag");
        Set<EntityRef> existing = ctx.findAll(all.stream().map(t -> TagAssignment.refOf(tagId, t)).toList())
                .keySet();
        List<CaseEntity> after = all.stream()
                .filter(t -> existing.contains(TagAssignment.refOf(tagId, t)))
                .<CaseEntity>map(t -> new TagAssignment(tagId, t, false))
                .toList();
        return new Plan(ActionType.UNTAG_TARGETS, Checks.logTarget(all), "Removed tag \u201c" + tag.name()
                + "\u201d from " + Checks.describe(all), after);
    }
}
