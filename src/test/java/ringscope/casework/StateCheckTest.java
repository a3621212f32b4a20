package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.HypothesisStatus;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** The casework tables equal a replay of the log; edits behind RingScope's back, or a cut-off log, show up. */
class StateCheckTest {
    @TempDir
    Path tmp;

    private static CaseworkService busyCase(CaseStore store) {
        CaseworkService casework = Cases.service(store);
        casework.seedStarterTaxonomy();
        Tag tag = casework.createTag("ring", "#123456", "");
        casework.tag(tag.id(), List.of(Target.cluster(1), Target.account("a")));
        casework.addNote(Target.CASE, "n");
        casework.createHypothesis("h", HypothesisStatus.DRAFT, "", List.of("a", "b"));
        casework.deleteTag(tag.id());
        casework.undo();
        casework.undo();
        casework.redo();
        return casework;
    }

    @Test
    void tablesMatchTheReplayedLog() {
        try (CaseStore store = Cases.create(tmp)) {
            assertThat(busyCase(store).stateDifferences()).isEmpty();
        }
    }

    @Test
    void anEditedStateRowIsNamed() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = busyCase(store);
            Cases.update(store, "UPDATE tag SET colour = '#000000' WHERE name = 'ring'");

            assertThat(casework.stateDifferences()).containsExactly("TAG:id-8: differs from the log");
        }
    }

    @Test
    void aRemovedLastEventIsNoticedThoughTheChainStillVerifies() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = busyCase(store);
            Cases.update(store, "DELETE FROM action_event WHERE seq = (SELECT MAX(seq) FROM action_event)");

            assertThat(casework.log().verify().ok()).isTrue();
            assertThat(casework.stateDifferences()).as("the last event was the redo that re-created it")
                    .containsExactly("HYPOTHESIS:id-10: in the tables but not in the log");
        }
    }

    @Test
    void hypothesisMembersAddedBehindTheLogAreNoticed() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = busyCase(store);
            Cases.update(store, "INSERT INTO hypothesis_member VALUES ('id-10', 'c')");

            assertThat(casework.stateDifferences()).containsExactly("HYPOTHESIS:id-10: differs from the log");
        }
    }
}
