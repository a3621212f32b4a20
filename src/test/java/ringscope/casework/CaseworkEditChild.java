package ringscope.casework;

import java.nio.file.Path;
import java.util.List;
import ringscope.model.Note;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * Child process for the casework kill harness: tags a cluster, then writes notes one after another, printing
 * {@code NOTE n id} as soon as each write has returned (the moment the UI would show it). Runs until killed.
 */
public final class CaseworkEditChild {
    private CaseworkEditChild() {}

    public static void main(String[] args) {
        try (CaseStore store = CaseStore.openOrCreate(Path.of(args[0]))) {
            CaseworkService casework = new CaseworkService(store, "child");
            Tag tag = casework.createTag("needs review", "#BCBD22", "");
            casework.tag(tag.id(), List.of(Target.cluster(1)));
            System.out.println("TAGGED " + tag.id());
            System.out.flush();
            for (int n = 1; ; n++) {
                Note note = casework.addNote(Target.cluster(1), "note " + n);
                System.out.println("NOTE " + n + " " + note.id());
                System.out.flush();
            }
        }
    }
}
