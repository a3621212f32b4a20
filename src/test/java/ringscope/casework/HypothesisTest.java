package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CaseDecision;
import ringscope.model.CaseStatus;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisComparison;
import ringscope.model.HypothesisStatus;
import ringscope.model.Membership;
import ringscope.model.SavedView;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** Hypotheses (overlapping, compared), memberships, case status and classification, saved views. */
class HypothesisTest {
    @TempDir
    Path tmp;

    @Test
    void overlappingHypothesesCompareSideBySide() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Hypothesis a = casework.createHypothesis("resellers", HypothesisStatus.SUPPORTED, "shared card",
                    List.of("acc-3", "acc-1", "acc-2", "acc-1", " "));
            Hypothesis b = casework.createHypothesis("farm", null, "", List.of("acc-2", "acc-3", "acc-9"));

            HypothesisComparison cmp = casework.queries().compare(a.id(), b.id());

            assertThat(a.accountIds()).containsExactly("acc-1", "acc-2", "acc-3");
            assertThat(b.status()).isEqualTo(HypothesisStatus.DRAFT);
            assertThat(cmp).isEqualTo(new HypothesisComparison(a, b, List.of("acc-2", "acc-3"), List.of("acc-1"),
                    List.of("acc-9")));
            assertThat(casework.queries().hypotheses()).containsExactly(b, a);
        }
    }

    @Test
    void editedHypothesisReplacesItsAccountsAndUndoRestoresThem() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Hypothesis a = casework.createHypothesis("ring", null, "", List.of("x", "y"));

            casework.editHypothesis(a.id(), "ring", HypothesisStatus.CONFIRMED, "bank records", List.of("y", "z"));

            assertThat(casework.queries().hypothesis(a.id())).isEqualTo(new Hypothesis(a.id(), "ring",
                    HypothesisStatus.CONFIRMED, "bank records", List.of("y", "z"), false));
            casework.undo();
            assertThat(casework.queries().hypothesis(a.id())).isEqualTo(a);
        }
    }

    @Test
    void membershipCarriesConfidenceAndJustification() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            Target cluster = Target.cluster(4);

            casework.setMembership(cluster, "acc-1", 90, "same payment fingerprint");
            casework.setMembership(cluster, "acc-1", 60, "card shared by a family?");

            assertThat(casework.queries().memberships(cluster)).containsExactly(
                    new Membership(cluster, "acc-1", 60, "card shared by a family?", false));
            assertThatThrownBy(() -> casework.setMembership(cluster, "acc-1", 101, ""))
                    .isInstanceOf(CaseworkException.class).hasMessageContaining("0 to 100");
            assertThatThrownBy(() -> casework.setMembership(Target.account("x"), "acc-1", 10, ""))
                    .isInstanceOf(CaseworkException.class);
        }
    }

    @Test
    void caseStatusAndClassificationAreSetIndependently() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            assertThat(casework.queries().decision()).isEqualTo(CaseDecision.INITIAL);

            casework.setClassification(" CONFIDENTIAL ");
            casework.setCaseStatus(CaseStatus.DISMISSED, "shared NAT at a university");

            assertThat(casework.queries().decision()).isEqualTo(new CaseDecision(CaseStatus.DISMISSED,
                    "shared NAT at a university", "CONFIDENTIAL"));
        }
    }

    @Test
    void savingAViewUnderAnExistingNameReplacesItsState() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);
            SavedView first = casework.saveView("campaign", "{\"range\":\"2026-01\"}");

            SavedView second = casework.saveView("campaign", "{\"range\":\"2026-02\"}");

            assertThat(second).isEqualTo(new SavedView(first.id(), "campaign", "{\"range\":\"2026-02\"}", false));
            assertThat(casework.queries().views()).containsExactly(second);
            casework.deleteView(first.id());
            assertThat(casework.queries().views()).isEmpty();
        }
    }

    @Test
    void starterTaxonomyIsAddedOnceAndDuplicateNamesAreRefused() {
        try (CaseStore store = Cases.create(tmp)) {
            CaseworkService casework = Cases.service(store);

            assertThat(casework.seedStarterTaxonomy()).isPresent();
            assertThat(casework.seedStarterTaxonomy()).isEmpty();

            assertThat(casework.queries().tags()).extracting(t -> t.name()).contains("suspected reseller network",
                    "distillation campaign", "benign: shared NAT", "benign: enterprise", "needs review");
            assertThatThrownBy(() -> casework.createTag("Needs Review", "#000000", ""))
                    .isInstanceOf(CaseworkException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> casework.createTag("x", "red", "")).isInstanceOf(CaseworkException.class);
        }
    }
}
