package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.CaseStatus;
import ringscope.model.HypothesisStatus;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * RELIABILITY.md I1: every analyst action writes exactly one audit row with actor, UTC time, before, after and the
 * previous event's hash.
 */
class AuditRowTest {
    private static final Target CLUSTER = Target.cluster(17);

    @TempDir
    Path tmp;

    /** A case with one of everything, so that each action has something to act on (ids id-1 ... from Cases). */
    private static void prepare(CaseworkService c) {
        c.createTag("needs review", "#BCBD22", "");          // id-1
        c.tag("id-1", List.of(CLUSTER));
        c.addNote(CLUSTER, "looks coordinated");              // id-2
        c.createHypothesis("ring A", HypothesisStatus.DRAFT, "", List.of("a1", "a2")); // id-3
        c.setMembership(CLUSTER, "a1", 80, "same card");
        c.saveView("overview", "{\"zoom\":1}");               // id-4
    }

    static Stream<Arguments> actions() {
        List<Arguments> out = new ArrayList<>();
        add(out, ActionType.SEED_TAXONOMY, c -> c.seedStarterTaxonomy());
        add(out, ActionType.CREATE_TAG, c -> c.createTag("benign", "#2CA02C", "shared NAT"));
        add(out, ActionType.EDIT_TAG, c -> c.editTag("id-1", "needs review", "#FF0000", "changed"));
        add(out, ActionType.RETRACT_TAG, c -> c.deleteTag("id-1"));
        add(out, ActionType.TAG_TARGETS, c -> c.tag("id-1", List.of(Target.account("a1"), Target.link(5))));
        add(out, ActionType.UNTAG_TARGETS, c -> c.untag("id-1", List.of(CLUSTER)));
        add(out, ActionType.ADD_NOTE, c -> c.addNote(Target.CASE, "decided"));
        add(out, ActionType.EDIT_NOTE, c -> c.editNote("id-2", "looks very coordinated"));
        add(out, ActionType.RETRACT_NOTE, c -> c.deleteNote("id-2"));
        add(out, ActionType.SET_MEMBERSHIP, c -> c.setMembership(CLUSTER, "a2", 40, "one shared IP"));
        add(out, ActionType.RETRACT_MEMBERSHIP, c -> c.execute(new RetractMembershipCommand(CLUSTER, "a1")));
        add(out, ActionType.CREATE_HYPOTHESIS, c -> c.createHypothesis("ring B", null, "", List.of("a2")));
        add(out, ActionType.EDIT_HYPOTHESIS, c -> c.editHypothesis("id-3", "ring A", HypothesisStatus.SUPPORTED,
                "payments", List.of("a1", "a2", "a3")));
        add(out, ActionType.RETRACT_HYPOTHESIS, c -> c.deleteHypothesis("id-3"));
        add(out, ActionType.SET_CASE_STATUS, c -> c.setCaseStatus(CaseStatus.CONFIRMED, "enough evidence"));
        add(out, ActionType.SET_CLASSIFICATION, c -> c.setClassification("CONFIDENTIAL"));
        add(out, ActionType.SAVE_VIEW, c -> c.saveView("overview", "{\"zoom\":2}"));
        add(out, ActionType.RETRACT_VIEW, c -> c.deleteView("id-4"));
        add(out, ActionType.UNDO, CaseworkService::undo);
        add(out, ActionType.REDO, c -> {
            c.undo();
            c.redo();
        });
        return out.stream();
    }

    private static void add(List<Arguments> out, ActionType type, Consumer<CaseworkService> action) {
        out.add(Arguments.of(type, action));
    }

    @Test
    void everyActionTypeIsCovered() {
        Set<ActionType> covered = EnumSet.noneOf(ActionType.class);
        actions().forEach(a -> covered.add((ActionType) a.get()[0]));
        assertThat(covered).containsExactlyInAnyOrder(ActionType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void eachActionWritesExactlyOneChainedAuditRow(ActionType type, Consumer<CaseworkService> action) {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            prepare(casework);
            if (type == ActionType.REDO) {
                casework.undo();
            }
            List<ActionEvent> before = casework.log().events();

            if (type == ActionType.REDO) {
                casework.redo();
            } else {
                action.accept(casework);
            }

            List<ActionEvent> after = casework.log().events();
            assertThat(after).hasSize(before.size() + 1);
            assertThat(Cases.count(store, "SELECT COUNT(*) FROM action_event")).isEqualTo(after.size());
            ActionEvent e = after.get(after.size() - 1);
            assertThat(e.action()).isEqualTo(type);
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.at()).isEqualTo(Cases.T0);
            assertThat(e.prevHash()).isEqualTo(before.get(before.size() - 1).hash());
            assertThat(e.beforeJson()).startsWith("[{").isNotEqualTo(e.afterJson());
            assertThat(e.afterJson()).startsWith("[{");
            assertThat(e.summary()).isNotBlank();
            assertThat(casework.log().verify().ok()).isTrue();
        }
    }

    @Test
    void createTagRecordsNothingBeforeAndTheWholeTagAfter() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);

            casework.createTag("needs review", "#bcbd22", "look \"again\"");

            ActionEvent e = casework.log().events().get(0);
            assertThat(e).isEqualTo(new ActionEvent(1, "alice", Cases.T0.toEpochMilli(), ActionType.CREATE_TAG,
                    "TAG:id-1", 0, "Created tag \u201cneeds review\u201d",
                    "[{\"entity\":\"TAG\",\"id\":\"id-1\",\"state\":null}]",
                    "[{\"entity\":\"TAG\",\"id\":\"id-1\",\"state\":{\"colour\":\"#BCBD22\","
                            + "\"description\":\"look \\\"again\\\"\",\"id\":\"id-1\",\"name\":\"needs review\","
                            + "\"retracted\":false}}]",
                    ActionEvent.GENESIS, e.hash()));
            assertThat(e.hash()).matches("[0-9a-f]{64}").isEqualTo(ChainHasher.hash(e));
        }
    }

    @Test
    void taggingASelectionIsOneRowListingEveryTarget() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            casework.createTag("t", "#000000", "");

            casework.tag("id-1", List.of(CLUSTER, Target.cluster(18), Target.account("a1")));

            ActionEvent e = casework.log().events().get(1);
            assertThat(e.target()).isEqualTo("SELECTION:3");
            assertThat(e.summary()).isEqualTo("Tagged 1 account and 2 clusters \u201ct\u201d");
            assertThat(e.afterJson()).contains("\"key\":\"17\"").contains("\"key\":\"18\"").contains("\"key\":\"a1\"");
            assertThat(casework.queries().activeAssignments()).hasSize(3);
        }
    }
}
