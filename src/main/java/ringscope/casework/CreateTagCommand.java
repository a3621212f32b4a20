package ringscope.casework;

import java.util.List;
import java.util.Locale;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.Tag;

/** Defines a new tag; its name must differ (ignoring case) from every active tag's. */
public record CreateTagCommand(String name, String colour, String description) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Tag tag = new Tag(ctx.newId(), Checks.name(name, 200, "A tag name"), Checks.colour(colour),
                Checks.text(description, 4000, "A tag description"), false);
        requireUniqueName(ctx, tag.name(), tag.id());
        return new Plan(ActionType.CREATE_TAG, "TAG:" + tag.id(), "Created tag \u201c" + tag.name() + "\u201d",
                List.of(tag));
    }

    /** Refuses {@code name} when an active tag other than {@code exceptId} has it (ignoring case). */
    static void requireUniqueName(CommandContext ctx, String name, String exceptId) {
        String folded = name.toLowerCase(Locale.ROOT);
        boolean taken = ctx.all(EntityKind.TAG, Tag.class).stream()
                .anyMatch(t -> !t.retracted() && !t.id().equals(exceptId)
                        && t.name().toLowerCase(Locale.ROOT).equals(folded));
        if (taken) {
            throw Checks.invalid("A tag named \u201c" + name + "\u201d already exists");
        }
    }
}
