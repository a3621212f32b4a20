package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.SavedView;

/** Deletes a saved view softly. */
public record RetractViewCommand(String viewId) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        SavedView old = ctx.require(new EntityRef(EntityKind.SAVED_VIEW, viewId), SavedView.class, "saved view");
        return new Plan(ActionType.RETRACT_VIEW, "VIEW:" + viewId, "Deleted view \u201c" + old.name() + "\u201d",
                List.of(new SavedView(old.id(), old.name(), old.stateJson(), true)));
    }
}
