package ringscope.ui.casework;

import ringscope.model.Note;
import ringscope.model.Target;

/** Commands of the notes editor: notes on the focused target (or on the case when nothing is selected). UI thread. */
public final class NotesViewModel {
    private final CaseworkViewModel casework;

    public NotesViewModel(CaseworkViewModel casework) {
        this.casework = casework;
    }

    /** What a new note is about: the focused target, or the case itself when nothing is selected. */
    public Target noteTarget() {
        Target focus = casework.selection().focusProperty().get();
        return focus == null ? Target.CASE : focus;
    }

    public void add(String text) {
        Target target = noteTarget();
        casework.act("Adding a note", s -> {
            s.addNote(target, text);
            return "Added a note on " + target;
        });
    }

    public void edit(Note note, String text) {
        casework.act("Editing a note", s -> s.editNote(note.id(), text).map(e -> e.summary())
                .orElse("Nothing changed"));
    }

    /** Deletes {@code note} softly (Undo brings it back). */
    public void delete(Note note) {
        casework.act("Deleting a note", s -> s.deleteNote(note.id()).map(e -> e.summary())
                .orElse("Nothing changed"));
    }
}
