package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkFilter;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.ProgressSink;
import ringscope.model.RuleParameters;
import ringscope.model.WhyTogetherReport;
import ringscope.store.CaseStore;

/** The whole analysis on the hand-written tiny fixture: two linked accounts (acct-001/002) and two unrelated. */
class TinyCaseAnalysisTest {
    @TempDir
    Path tmp;

    CaseStore store;
    AnalysisQueries q;
    AnalysisRun run;
    int a1;
    int a2;
    int a3;
    int a4;

    @BeforeEach
    void importAndAnalyse() {
        store = CaseStore.create(tmp.resolve("c"));
        new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        run = HandMadeCase.analyse(store);
        q = new AnalysisQueries(store);
        a1 = q.accountRef("acct-001").orElseThrow();
        a2 = q.accountRef("acct-002").orElseThrow();
        a3 = q.accountRef("acct-003").orElseThrow();
        a4 = q.accountRef("acct-004").orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LinkRecord link(LinkRule rule) {
        return q.linksBetween(run.id(), List.of(a1, a2)).stream().filter(l -> l.rule() == rule).findFirst()
                .orElseThrow();
    }

    @Test
    void linksTheTwoAccountsThatShareIpPaymentAndTemplateWithReceipts() {
        List<LinkRecord> links = q.linksBetween(run.id(), List.of(a1, a2));

        assertThat(links).extracting(LinkRecord::rule).contains(LinkRule.SHARED_PAYMENT, LinkRule.SHARED_IP,
                LinkRule.SHARED_TEMPLATE, LinkRule.SHARED_USER_AGENT, LinkRule.SHARED_NETWORK);
        LinkRecord ip = link(LinkRule.SHARED_IP);
        assertThat(ip.value().text()).isIn("198.51.100.7", "198.51.100.8");
        assertThat(ip.detail()).isEqualTo("+1 more IPs");
        assertThat(ip.value().accounts()).isEqualTo(2);
        assertThat(ip.evidenceCount()).isEqualTo(8);
        assertThat(ip.explanation()).contains("only these two accounts have it").contains("8 source rows");
        LinkRecord card = link(LinkRule.SHARED_PAYMENT);
        assertThat(card.value().text()).isEqualTo("pf-aaa");
        assertThat(card.weight()).isEqualTo(3.0);
        assertThat(card.tier()).isEqualTo(LinkRule.Tier.STRONG);
    }

    @Test
    void rowsBehindTheSharedIpLinkAreTheExactSourceLinesPagedInTimeOrder() {
        LinkRecord ip = link(LinkRule.SHARED_IP);

        List<EvidenceRow> rows = q.rowsBehindLink(ip.id(), 0, 100);

        assertThat(rows).extracting(EvidenceRow::text).containsExactly("i-0001", "i-0002", "i-0003", "i-0004",
                "i-0005", "i-0006", "i-0011", "i-0012");
        assertThat(rows).extracting(EvidenceRow::lineNo).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 12L, 13L);
        assertThat(rows).allMatch(r -> r.table().equals("interaction") && r.fileName().equals("interactions.csv")
                && r.sha256().length() == 64);
        assertThat(q.rowsBehindLink(ip.id(), 6, 10)).extracting(EvidenceRow::text).containsExactly("i-0011",
                "i-0012");
        assertThat(q.rowsBehindLink(ip.id(), 8, 10)).isEmpty();
    }

    @Test
    void rowsBehindTheSharedCardAreBothAccountRowsThenThePaymentRows() {
        List<EvidenceRow> rows = q.rowsBehindLink(link(LinkRule.SHARED_PAYMENT).id(), 0, 10);

        assertThat(rows).extracting(EvidenceRow::table, EvidenceRow::accountId, EvidenceRow::lineNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("account", "acct-001", 2L),
                        org.assertj.core.groups.Tuple.tuple("account", "acct-002", 3L),
                        org.assertj.core.groups.Tuple.tuple("payment", "acct-001", 2L),
                        org.assertj.core.groups.Tuple.tuple("payment", "acct-002", 3L));
        assertThat(rows.get(2).fileName()).isEqualTo("payments.csv");
    }

    @Test
    void everyLinkListsExactlyAsManyRowsAsItsEvidenceCount() {
        for (LinkRecord l : q.links(run.id(), LinkFilter.all(1000))) {
            assertThat(q.rowCountBehindLink(l.id())).as(l.rule() + " " + l.value().text()).isEqualTo(
                    l.evidenceCount());
        }
    }

    @Test
    void unrelatedAccountsAreNotLinked() {
        assertThat(q.linksBetween(run.id(), List.of(a3, a4))).isEmpty();
        assertThat(q.linksBetween(run.id(), List.of(a1, a3))).isEmpty();
        assertThat(q.linksOf(run.id(), a4)).isEmpty();
    }

    @Test
    void theTwoLinkedAccountsFormTheOnlyCluster() {
        List<ClusterSummary> clusters = q.clusters(run.id());

        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).label()).startsWith("2 accounts: SHARED_PAYMENT");
        assertThat(q.members(clusters.get(0).id())).extracting(m -> m.accountId()).containsExactlyInAnyOrder(
                "acct-001", "acct-002");
        assertThat(q.members(clusters.get(0).id())).allMatch(m -> m.home() && m.confidence() == 1.0);
    }

    @Test
    void whyTogetherRanksTheStrongCardFirstAndSaysTheAccountsAreBound() {
        WhyTogetherReport why = q.whyTogether(run.id(), a1, a2);

        assertThat(why.accountA()).isEqualTo("acct-001");
        assertThat(why.signals().get(0).rule()).isEqualTo(LinkRule.SHARED_PAYMENT);
        assertThat(why.signals()).extracting(s -> s.tier()).isSorted();
        assertThat(why.binds()).isTrue();
        assertThat(why.totalWeight()).isGreaterThan(3.0);
        assertThat(q.whyTogether(run.id(), a3, a4).signals()).isEmpty();
    }

    @Test
    void rerunningWithOtherParametersMakesANewNamedRunAndDeletingOneKeepsTheOther() {
        AnalysisParameters p = new AnalysisParameters(RuleParameters.defaults().withDisabled(Set.of(
                LinkRule.SHARED_IP)), HandMadeCase.smallClusters().clustering());
        AnalysisRun second = new AnalysisService(store).run("without IP", p, ProgressSink.NONE, CancelToken.none());

        assertThat(q.runs()).extracting(r -> r.name()).containsExactly("test", "without IP");
        assertThat(q.parameters(second.id()).rules().disabledRules()).containsExactly(LinkRule.SHARED_IP);
        assertThat(q.linksBetween(second.id(), List.of(a1, a2))).extracting(LinkRecord::rule)
                .doesNotContain(LinkRule.SHARED_IP);
        new AnalysisService(store).deleteRun(run.id());
        assertThat(q.runs()).extracting(r -> r.name()).containsExactly("without IP");
        assertThat(q.linksBetween(run.id(), List.of(a1, a2))).isEmpty();
        assertThat(q.clusters(run.id())).isEmpty();
    }

    @Test
    void aRunCancelledMidwayStoresNothing() {
        CancelToken cancel = new CancelToken();
        ProgressSink cancelAtSynchrony = p -> {
            if (p.stage().equals(LinkRule.SYNCHRONIZED_ACTIVITY.name())) {
                cancel.cancel();
            }
        };

        assertThatThrownBy(() -> new AnalysisService(store).run("cancelled", AnalysisParameters.defaults(),
                cancelAtSynchrony, cancel)).isInstanceOf(AnalysisCancelledException.class);
        assertThat(q.runs()).extracting(r -> r.name()).containsExactly("test");
    }

    @Test
    void searchFindsAccountsByIdIpCardAndEmailHash() {
        assertThat(q.searchAccounts("198.51.100.7")).extracting(h -> h.accountId()).containsExactlyInAnyOrder(
                "acct-001", "acct-002");
        assertThat(q.searchAccounts("pf-ccc")).extracting(h -> h.accountId(), h -> h.field()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acct-004", "payment"));
        assertThat(q.searchAccounts("f77c")).extracting(h -> h.accountId()).containsExactly("acct-003");
        assertThat(q.searchAccounts("acct-00")).hasSize(4);
        assertThat(q.searchAccounts("nothing-like-this")).isEmpty();
    }

    @Test
    void theNeighbourhoodOfAnAccountHoldsItsPartnerAndTheLinksBetweenThem() {
        var n = q.neighbours(run.id(), a1, 2);

        assertThat(n.hops()).containsOnlyKeys(a1, a2);
        assertThat(n.hops().get(a2)).isEqualTo(1);
        assertThat(n.links()).isNotEmpty().allMatch(l -> l.accountA() == a1 && l.accountB() == a2);
        assertThat(n.capped()).isFalse();
    }
}
