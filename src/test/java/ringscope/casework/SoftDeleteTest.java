package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.ActionType;
import ringscope.model.Note;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** RELIABILITY.md I2: deleting a tag or note retracts the row; the row and its history stay. */
class SoftDeleteTest {
    private static final Target ACCOUNT = Target.account("acc-7");

    @TempDir
    Path tmp;

    @Test
    void deletedTagIsRetractedNotRemoved() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag tag = casework.createTag("needs review", "#BCBD22", "");
            casework.tag(tag.id(), List.of(ACCOUNT));

            casework.deleteTag(tag.id());

            assertThat(casework.queries().tags()).isEmpty();
            assertThat(casework.queries().tagsOn(ACCOUNT)).isEmpty();
            assertThat(casework.queries().allTags()).containsExactly(tag.withRetracted(true));
            assertThat(Cases.count(store, "SELECT COUNT(*) FROM tag WHERE retracted")).isEqualTo(1);
            assertThat(casework.queries().allAssignments()).containsExactly(new TagAssignment(tag.id(), ACCOUNT,
                    true));
            assertThat(casework.log().events()).extracting(e -> e.action()).containsExactly(ActionType.CREATE_TAG,
                    ActionType.TAG_TARGETS, ActionType.RETRACT_TAG);
            assertThat(casework.log().events().get(2).beforeJson()).contains("\"retracted\":false");
            assertThat(casework.log().events().get(2).afterJson()).contains("\"retracted\":true");
        }
    }

    @Test
    void aDeletedTagsNameCanBeUsedAgain() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag first = casework.createTag("needs review", "#BCBD22", "");
            casework.deleteTag(first.id());

            Tag second = casework.createTag("Needs Review", "#000000", "");

            assertThat(casework.queries().tags()).containsExactly(second);
            assertThat(casework.queries().allTags()).hasSize(2);
        }
    }

    @Test
    void deletedNoteIsRetractedWithItsTextAndEveryVersionInTheLog() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Note note = casework.addNote(ACCOUNT, "first thought");
            casework.editNote(note.id(), "second thought");

            casework.deleteNote(note.id());

            assertThat(casework.queries().notesOn(ACCOUNT)).isEmpty();
            assertThat(casework.queries().allNotes()).containsExactly(
                    new Note(note.id(), ACCOUNT, "second thought", "alice", Cases.T0.toEpochMilli(), true));
            assertThat(Cases.count(store, "SELECT COUNT(*) FROM note")).isEqualTo(1);
            String log = casework.log().events().toString();
            assertThat(log).contains("first thought").contains("second thought");
        }
    }

    @Test
    void untaggingKeepsTheAssignmentAsInactive() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag tag = casework.createTag("t", "#000000", "");
            casework.tag(tag.id(), List.of(ACCOUNT));

            casework.untag(tag.id(), List.of(ACCOUNT));

            assertThat(casework.queries().tagsOn(ACCOUNT)).isEmpty();
            assertThat(casework.queries().allAssignments()).containsExactly(new TagAssignment(tag.id(), ACCOUNT,
                    false));
        }
    }

    @Test
    void undoingADeleteBringsTheTagBackOnItsTargets() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag tag = casework.createTag("t", "#000000", "");
            casework.tag(tag.id(), List.of(ACCOUNT));
            casework.deleteTag(tag.id());

            casework.undo();

            assertThat(casework.queries().tagsOn(ACCOUNT)).containsExactly(tag);
        }
    }
}
