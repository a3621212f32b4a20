package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Note;

/** Replaces a note's text; author and creation time stay, the old text stays in the log. */
public record EditNoteCommand(String noteId, String text) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Note old = ctx.require(new EntityRef(EntityKind.NOTE, noteId), Note.class, "note");
        if (old.retracted()) {
            throw new CaseworkException(CaseworkException.Kind.NOT_FOUND, "That note was deleted");
        }
        String body = Checks.text(text, Note.MAX_TEXT, "A note");
        if (body.isBlank()) {
            throw Checks.invalid("A note may not be empty; delete it instead");
        }
        return new Plan(ActionType.EDIT_NOTE, old.target().toString(), "Edited a note on " + old.target(),
                List.of(old.withText(body)));
    }
}
