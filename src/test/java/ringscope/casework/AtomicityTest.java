package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** RELIABILITY.md I3: a failure after the change and its event are written, before the commit, leaves neither. */
class AtomicityTest {
    @TempDir
    Path tmp;

    /** Fails once, on the first action of {@code type}, after everything is written and before the commit. */
    private static final class FailOnce implements CommitHook {
        private final ActionType type;
        private final AtomicBoolean armed = new AtomicBoolean(true);
        volatile ActionEvent seen;

        FailOnce(ActionType type) {
            this.type = type;
        }

        @Override
        public void beforeCommit(ActionEvent event) {
            if (event.action() == type && armed.getAndSet(false)) {
                seen = event;
                throw new IllegalStateException("injected failure before commit");
            }
        }
    }

    private static String dump(CaseStore store) {
        StringBuilder b = new StringBuilder();
        for (String table : List.of("action_event", "tag", "tag_assignment", "note", "membership", "hypothesis",
                "hypothesis_member", "case_decision", "saved_view")) {
            b.append(table).append('=').append(Cases.count(store, "SELECT COUNT(*) FROM " + table)).append(' ');
        }
        return b.toString();
    }

    @Test
    void failedTagActionLeavesNeitherTheAssignmentNorTheEvent() {
        try (CaseStore store = Cases.create(tmp)) {
            FailOnce hook = new FailOnce(ActionType.TAG_TARGETS);
            CaseworkService casework = new CaseworkService(store, "alice", Cases.CLOCK, Cases.ids("id"), hook);
            Tag tag = casework.createTag("t", "#000000", "");
            String dumpBefore = dump(store);

            assertThatThrownBy(() -> casework.tag(tag.id(), List.of(Target.cluster(1), Target.cluster(2))))
                    .hasMessageContaining("injected failure");

            assertThat(hook.seen.seq()).as("the event had been written when the hook ran").isEqualTo(2);
            assertThat(dump(store)).isEqualTo(dumpBefore);
            assertThat(casework.queries().activeAssignments()).isEmpty();
            assertThat(casework.log().events()).hasSize(1);
            casework.tag(tag.id(), List.of(Target.cluster(1)));
            assertThat(casework.log().events()).hasSize(2);
            assertThat(casework.log().verify().ok()).isTrue();
        }
    }

    @Test
    void failedNoteAndFailedUndoLeaveNothingEither() {
        try (CaseStore store = Cases.create(tmp)) {
            FailOnce noteHook = new FailOnce(ActionType.ADD_NOTE);
            CaseworkService notes = new CaseworkService(store, "alice", Cases.CLOCK, Cases.ids("n"), noteHook);
            String empty = dump(store);
            assertThatThrownBy(() -> notes.addNote(Target.CASE, "lost")).isInstanceOf(IllegalStateException.class);
            assertThat(dump(store)).isEqualTo(empty);

            FailOnce undoHook = new FailOnce(ActionType.UNDO);
            CaseworkService casework = new CaseworkService(store, "alice", Cases.CLOCK, Cases.ids("id"), undoHook);
            casework.addNote(Target.CASE, "kept");
            String oneNote = dump(store);
            assertThatThrownBy(casework::undo).isInstanceOf(IllegalStateException.class);
            assertThat(dump(store)).isEqualTo(oneNote);
            assertThat(casework.queries().notesOn(Target.CASE)).extracting(n -> n.text()).containsExactly("kept");
            assertThat(casework.undoState().undo()).contains("Added a note on CASE:case");
        }
    }
}
