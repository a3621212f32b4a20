package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.ChainStatus;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** The action log's hash chain: it verifies, and a changed, removed or reordered event is found (tampered by JDBC). */
class ActionLogTest {
    @TempDir
    Path tmp;

    private CaseStore store;
    private CaseworkService casework;

    @BeforeEach
    void fourEvents() {
        store = Cases.create(tmp);
        casework = Cases.service(store);
        Tag tag = casework.createTag("needs review", "#bcbd22", "look again");
        casework.tag(tag.id(), List.of(Target.cluster(17), Target.account("acc-1")));
        casework.addNote(Target.CASE, "first pass done");
        casework.undo();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void untouchedChainVerifiesWithTheLastHashAsHead() {
        List<ActionEvent> events = casework.log().events();

        ChainStatus status = casework.log().verify();

        assertThat(status).isEqualTo(ChainStatus.verified(4, events.get(3).hash()));
        assertThat(events).extracting(ActionEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(0).prevHash()).isEqualTo(ActionEvent.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).prevHash()).isEqualTo(events.get(i - 1).hash());
        }
        assertThat(events).extracting(ActionEvent::action).containsExactly(ActionType.CREATE_TAG,
                ActionType.TAG_TARGETS, ActionType.ADD_NOTE, ActionType.UNDO);
    }

    @Test
    void emptyLogVerifies() {
        try (CaseStore other = CaseStore.create(tmp.resolve("empty"))) {
            assertThat(Cases.service(other).log().verify()).isEqualTo(ChainStatus.verified(0, ActionEvent.GENESIS));
        }
    }

    @Test
    void changedSummaryIsFoundAtItsIndex() {
        Cases.update(store, "UPDATE action_event SET summary = 'Tagged nothing' WHERE seq = 2");

        ChainStatus status = casework.log().verify();

        assertThat(status.ok()).isFalse();
        assertThat(status.brokenIndex()).isEqualTo(1);
        assertThat(status.reason()).contains("seq 2").contains("changed");
    }

    @Test
    void changedBeforeStateActorOrTimeIsFound() {
        for (String change : List.of("actor = 'mallory'", "at_ms = at_ms + 1", "after_json = '[]'",
                "target = 'CLUSTER:18'", "ref_seq = 1")) {
            Cases.update(store, "CREATE TABLE IF NOT EXISTS backup AS SELECT * FROM action_event WITH NO DATA");
            Cases.update(store, "DELETE FROM backup");
            Cases.update(store, "INSERT INTO backup SELECT * FROM action_event WHERE seq = 3");
            Cases.update(store, "UPDATE action_event SET " + change + " WHERE seq = 3");

            ChainStatus status = casework.log().verify();

            assertThat(status.ok()).as(change).isFalse();
            assertThat(status.brokenIndex()).as(change).isEqualTo(2);
            Cases.update(store, "DELETE FROM action_event WHERE seq = 3");
            Cases.update(store, "INSERT INTO action_event SELECT * FROM backup");
            assertThat(casework.log().verify().ok()).as("restored after " + change).isTrue();
        }
    }

    @Test
    void removedEventIsFoundWhereTheGapIs() {
        Cases.update(store, "DELETE FROM action_event WHERE seq = 2");

        ChainStatus status = casework.log().verify();

        assertThat(status.ok()).isFalse();
        assertThat(status.brokenIndex()).isEqualTo(1);
        assertThat(status.reason()).contains("seq 3").contains("removed");
    }

    @Test
    void removedFirstEventIsFound() {
        Cases.update(store, "DELETE FROM action_event WHERE seq = 1");

        assertThat(casework.log().verify().brokenIndex()).isZero();
    }

    @Test
    void removedAndRenumberedEventIsFoundByTheBrokenLink() {
        Cases.update(store, "DELETE FROM action_event WHERE seq = 2");
        Cases.update(store, "UPDATE action_event SET seq = seq - 1 WHERE seq > 2");

        ChainStatus status = casework.log().verify();

        assertThat(status.ok()).isFalse();
        assertThat(status.brokenIndex()).isEqualTo(1);
        assertThat(status.reason()).contains("does not link");
    }

    @Test
    void swappedEventsAreFound() {
        Cases.update(store, "UPDATE action_event SET seq = -2 WHERE seq = 2");
        Cases.update(store, "UPDATE action_event SET seq = 2 WHERE seq = 3");
        Cases.update(store, "UPDATE action_event SET seq = 3 WHERE seq = -2");

        ChainStatus status = casework.log().verify();

        assertThat(status.ok()).isFalse();
        assertThat(status.brokenIndex()).isEqualTo(1);
    }

    @Test
    void rehashingOneEventStillBreaksTheNextLink() {
        ActionEvent second = casework.log().events().get(1);
        ActionEvent forged = new ActionEvent(2, second.actor(), second.atMs(), second.action(), second.target(), 0,
                "Tagged nothing", second.beforeJson(), second.afterJson(), second.prevHash(), "");
        String forgedHash = ChainHasher.hash(forged);
        Cases.update(store, "UPDATE action_event SET summary = 'Tagged nothing', event_hash = '" + forgedHash
                + "' WHERE seq = 2");

        ChainStatus status = casework.log().verify();

        assertThat(status.brokenIndex()).isEqualTo(2);
        assertThat(status.reason()).contains("seq 3").contains("does not link");
    }

    @Test
    void canonicalFormIsItselfCanonicalJsonOfTheEventWithoutItsHash() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (ActionEvent e : casework.log().events()) {
            String form = ChainHasher.canonicalForm(e);

            assertThat(CanonicalJson.write(json.readTree(form))).isEqualTo(form);
            assertThat(json.readTree(form).get("at").asText()).isEqualTo("2026-03-01T09:30:00.125Z");
            assertThat(ChainHasher.sha256(form)).isEqualTo(e.hash());
        }
    }
}
