package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.SavedView;

/**
 * Saves a named view (an opaque JSON document from the views); saving under the name of an active view replaces its
 * state.
 */
public record SaveViewCommand(String name, String stateJson) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        String n = Checks.name(name, 200, "A view name");
        String state = Checks.text(stateJson, 1_000_000, "A view's state");
        String id = ctx.all(EntityKind.SAVED_VIEW, SavedView.class).stream()
                .filter(v -> !v.retracted() && v.name().equals(n))
                .map(SavedView::id)
                .findFirst()
                .orElseGet(ctx::newId);
        return new Plan(ActionType.SAVE_VIEW, "VIEW:" + id, "Saved view \u201c" + n + "\u201d",
                List.of(new SavedView(id, n, state, false)));
    }
}
