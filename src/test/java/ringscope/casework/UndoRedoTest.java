package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.CaseDecision;
import ringscope.model.CaseStatus;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** Undo and redo are new events, restore exactly what was there, and work after closing and reopening the case. */
class UndoRedoTest {
    private static final Target CLUSTER = Target.cluster(17);

    @TempDir
    Path tmp;

    @Test
    void undoAndRedoWorkAcrossCloseAndReopen() {
        Path dir = tmp.resolve("case");
        Tag tag;
        try (CaseStore store = CaseStore.create(dir)) {
            CaseworkService casework = Cases.service(store);
            tag = casework.createTag("distillation campaign", "#9467BD", "");
            casework.tag(tag.id(), List.of(CLUSTER));
        }
        try (CaseStore store = CaseStore.open(dir)) {
            CaseworkService casework = new CaseworkService(store, "bob");
            assertThat(casework.undoState().undo()).contains("Tagged CLUSTER:17 \u201cdistillation campaign\u201d");

            ActionEvent undo = casework.undo();

            assertThat(undo.action()).isEqualTo(ActionType.UNDO);
            assertThat(undo.refSeq()).isEqualTo(2);
            assertThat(undo.actor()).isEqualTo("bob");
            assertThat(casework.queries().tagsOn(CLUSTER)).isEmpty();
        }
        try (CaseStore store = CaseStore.open(dir)) {
            CaseworkService casework = Cases.service(store);
            assertThat(casework.undoState()).isEqualTo(new CaseworkService.UndoState(
                    Optional.of("Created tag \u201cdistillation campaign\u201d"),
                    Optional.of("Tagged CLUSTER:17 \u201cdistillation campaign\u201d")));

            ActionEvent redo = casework.redo();

            assertThat(redo.action()).isEqualTo(ActionType.REDO);
            assertThat(redo.refSeq()).isEqualTo(2);
            assertThat(casework.queries().tagsOn(CLUSTER)).containsExactly(tag);
            assertThat(casework.log().events()).hasSize(4);
            assertThat(casework.log().verify().ok()).isTrue();
        }
    }

    @Test
    void undoingEverythingThenRedoingEverythingRestoresEachState() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag tag = casework.createTag("needs review", "#BCBD22", "");
            casework.tag(tag.id(), List.of(CLUSTER));
            casework.editTag(tag.id(), "needs a second look", "#FF0000", "renamed");
            casework.setCaseStatus(CaseStatus.IN_PROGRESS, "started");
            Tag renamed = casework.queries().tags().get(0);

            for (int i = 0; i < 4; i++) {
                casework.undo();
            }
            assertThat(casework.queries().allTags()).isEmpty();
            assertThat(casework.queries().allAssignments()).isEmpty();
            assertThat(casework.queries().decision()).isEqualTo(CaseDecision.INITIAL);
            assertThatThrownBy(casework::undo).isInstanceOfSatisfying(CaseworkException.class,
                    e -> assertThat(e.kind()).isEqualTo(CaseworkException.Kind.NOTHING_TO_UNDO));

            casework.redo();
            assertThat(casework.queries().tags()).containsExactly(tag);
            casework.redo();
            casework.redo();
            assertThat(casework.queries().tagsOn(CLUSTER)).containsExactly(renamed);
            casework.redo();
            assertThat(casework.queries().decision()).isEqualTo(new CaseDecision(CaseStatus.IN_PROGRESS, "started",
                    ""));
            assertThatThrownBy(casework::redo).isInstanceOf(CaseworkException.class);
            assertThat(casework.log().events()).hasSize(12);
        }
    }

    @Test
    void aNewActionAfterUndoDropsTheRedo() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            casework.createTag("a", "#000000", "");
            casework.undo();
            casework.createTag("b", "#000000", "");

            assertThat(casework.undoState().redo()).isEmpty();
            assertThat(casework.undoState().undo()).contains("Created tag \u201cb\u201d");
            casework.undo();
            assertThat(casework.undoState().undo()).isEmpty();
            assertThat(casework.queries().allTags()).isEmpty();
        }
    }

    @Test
    void undoRefusesWhenTheStateWasChangedBehindTheLogsBack() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            casework.createTag("a", "#000000", "");
            Cases.update(store, "UPDATE tag SET name = 'edited in the database'");

            assertThatThrownBy(casework::undo).isInstanceOfSatisfying(CaseworkException.class,
                    e -> assertThat(e.kind()).isEqualTo(CaseworkException.Kind.CONFLICT));
            assertThat(casework.log().events()).hasSize(1);
        }
    }

    @Test
    void anActionThatChangesNothingIsNotLogged() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Tag tag = casework.createTag("a", "#000000", "");
            casework.tag(tag.id(), List.of(CLUSTER));

            assertThat(casework.tag(tag.id(), List.of(CLUSTER))).isEmpty();
            assertThat(casework.log().events()).hasSize(2);
        }
    }
}
