package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.Note;
import ringscope.model.Target;

/** Writes a new note on a target (an account, link, cluster, hypothesis or the case). */
public record AddNoteCommand(Target target, String text) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        if (target == null) {
            throw Checks.invalid("Choose what the note is about first");
        }
        String body = Checks.text(text, Note.MAX_TEXT, "A note");
        if (body.isBlank()) {
            throw Checks.invalid("A note may not be empty");
        }
        Note note = new Note(ctx.newId(), target, body, ctx.actor(), ctx.nowMs(), false);
        return new Plan(ActionType.ADD_NOTE, target.toString(), "Added a note on " + target, List.of(note));
    }
}
