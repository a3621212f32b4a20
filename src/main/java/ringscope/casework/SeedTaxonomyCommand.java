package ringscope.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ringscope.model.ActionType;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.Tag;

/** Adds the {@link StarterTaxonomy} tags whose names no tag in the case has ever had (one event for all). */
public record SeedTaxonomyCommand(List<StarterTaxonomy.Entry> entries) implements CaseCommand {
    public SeedTaxonomyCommand {
        entries = List.copyOf(entries);
    }

    public SeedTaxonomyCommand() {
        this(StarterTaxonomy.TAGS);
    }

    @Override
    public Plan plan(CommandContext ctx) {
        Set<String> known = ctx.all(EntityKind.TAG, Tag.class).stream()
                .map(t -> t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<CaseEntity> after = new ArrayList<>();
        for (StarterTaxonomy.Entry e : entries) {
            if (!known.contains(e.name().toLowerCase(Locale.ROOT))) {
                after.add(new Tag(ctx.newId(), e.name(), e.colour(), e.description(), false));
            }
        }
        return new Plan(ActionType.SEED_TAXONOMY, ringscope.model.Target.CASE.toString(),
                "Added " + after.size() + " starter tags", after);
    }
}
