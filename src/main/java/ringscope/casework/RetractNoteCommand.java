package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Note;

/** Deletes a note softly: marked retracted, text kept in the case and the log. */
public record RetractNoteCommand(String noteId) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Note old = ctx.require(new EntityRef(EntityKind.NOTE, noteId), Note.class, "note");
        return new Plan(ActionType.RETRACT_NOTE, old.target().toString(), "Deleted a note on " + old.target(),
                List.of(old.withRetracted(true)));
    }
}
