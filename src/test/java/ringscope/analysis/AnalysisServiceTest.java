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
import ringscope.model.CancelToken;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.ProgressSink;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;
import ringscope.store.EvidenceRepository;

class AnalysisServiceTest {
    @TempDir
    Path tmp;

    CaseStore store;
    AnalysisResults results;
    long run;
    int a1;
    int a2;

    @BeforeEach
    void importAndAnalyse() {
        store = CaseStore.create(tmp.resolve("c"));
        new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        run = new AnalysisService(store).run("first", AnalysisParameters.defaults(), ProgressSink.NONE,
                CancelToken.none());
        results = new AnalysisResults(store);
        a1 = results.accountRef("acct-001");
        a2 = results.accountRef("acct-002");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void linksTheTwoAccountsThatShareIpPaymentAndTemplateWithReceipts() {
        List<LinkRecord> links = new WhyTogether(results).between(run, a1, a2);

        assertThat(links).extracting(LinkRecord::rule).contains(LinkRule.SHARED_PAYMENT, LinkRule.SHARED_IP,
                LinkRule.SHARED_TEMPLATE, LinkRule.SIGNUP_BURST);
        assertThat(links.get(0).rule().tier()).isEqualTo(LinkRule.Tier.STRONG);
        LinkRecord ip = links.stream().filter(l -> l.rule() == LinkRule.SHARED_IP
                && l.sharedValue().equals("198.51.100.7")).findFirst().orElseThrow();
        assertThat(ip.valueAccounts()).isEqualTo(2);
        assertThat(ip.evidenceRows()).isEqualTo(6);
        assertThat(ip.explanation()).contains("198.51.100.7").contains("only these two accounts");
    }

    @Test
    void rowsBehindALinkAreTheExactSourceLines() {
        LinkRecord ip = new WhyTogether(results).between(run, a1, a2).stream()
                .filter(l -> l.rule() == LinkRule.SHARED_IP && l.sharedValue().equals("198.51.100.7"))
                .findFirst().orElseThrow();

        List<EvidenceRow> rows = new EvidenceRepository(store).rowsBehind(ip, 0, 100);

        assertThat(rows).extracting(EvidenceRow::text).containsExactly(
                "i-0001", "i-0002", "i-0003", "i-0004", "i-0011", "i-0012");
        assertThat(rows).extracting(EvidenceRow::lineNo).containsExactly(2L, 3L, 4L, 5L, 12L, 13L);
        assertThat(rows).allMatch(r -> r.fileName().equals("interactions.csv") && r.sha256().length() == 64);
        assertThat(new EvidenceRepository(store).rowsBehind(ip, 4, 10)).extracting(EvidenceRow::text)
                .containsExactly("i-0011", "i-0012");
    }

    @Test
    void unrelatedAccountsAreNotLinked() {
        int a3 = results.accountRef("acct-003");
        int a4 = results.accountRef("acct-004");

        assertThat(new WhyTogether(results).between(run, a3, a4)).isEmpty();
        assertThat(new WhyTogether(results).between(run, a1, a3)).isEmpty();
    }

    @Test
    void rerunningMakesANewNamedRunAndKeepsTheOld() {
        long second = new AnalysisService(store).run("second", new AnalysisParameters(300, 5, 0.9, 24, 1.0,
                Set.of(LinkRule.SHARED_IP)), ProgressSink.NONE, CancelToken.none());

        assertThat(results.runs()).extracting(r -> r.name()).containsExactly("first", "second");
        assertThat(second).isNotEqualTo(run);
        results.deleteRun(run);
        assertThat(results.runs()).extracting(r -> r.name()).containsExactly("second");
        assertThat(results.links(run, List.of(a1), false)).isEmpty();
    }

    @Test
    void aCancelledRunStoresNothing() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();

        assertThatThrownBy(() -> new AnalysisService(store).run("x", AnalysisParameters.defaults(),
                ProgressSink.NONE, cancel)).isInstanceOf(AnalysisService.AnalysisCancelledException.class);
        assertThat(results.runs()).hasSize(1);
    }

    @Test
    void labelPropagationSplitsTwoDenseGroupsJoinedByOneWeakBridge() {
        java.util.Map<Long, Double> edges = new java.util.HashMap<>();
        int[][] groups = {{1, 2, 3, 4}, {5, 6, 7, 8}};
        for (int[] g : groups) {
            for (int i = 0; i < g.length; i++) {
                for (int j = i + 1; j < g.length; j++) {
                    edges.put(((long) g[i] << 32) | g[j], 2.0);
                }
            }
        }
        edges.put((4L << 32) | 5, 0.6);

        java.util.Map<Integer, Integer> label = LabelPropagation.communities(edges);

        assertThat(new java.util.HashSet<>(List.of(label.get(1), label.get(2), label.get(3), label.get(4)))).hasSize(1);
        assertThat(new java.util.HashSet<>(List.of(label.get(5), label.get(6), label.get(7), label.get(8)))).hasSize(1);
        assertThat(label.get(1)).isNotEqualTo(label.get(8));
    }

    @Test
    void commonValuesWeighLessThanRareOnes() {
        assertThat(LinkCollector.commonness(2)).isGreaterThan(LinkCollector.commonness(10));
        assertThat(LinkCollector.commonness(10)).isGreaterThan(LinkCollector.commonness(300));
    }

    @Test
    void anAccountTiedAlmostEquallyToTwoClustersIsAMemberOfBoth() {
        java.util.List<ringscope.model.LinkRecord> links = new java.util.ArrayList<>();
        for (int[] pair : new int[][] {{1, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {5, 7}, {5, 8}, {6, 7}, {6, 8}, {7, 8}}) {
            links.add(link(pair[0], pair[1], 2.0));
        }
        links.add(link(4, 5, 1.9)); // 4 sends 1.9 of its 3.9 weight units to the other group

        List<Clustering.Found> found = Clustering.cluster(links, AnalysisParameters.defaults());

        assertThat(found).hasSize(2);
        Clustering.Found first = found.stream().filter(f -> f.members().containsKey(1)).findFirst().orElseThrow();
        Clustering.Found second = found.stream().filter(f -> f.members().containsKey(8)).findFirst().orElseThrow();
        assertThat(first.members().keySet()).containsExactly(1, 2, 3, 4);
        assertThat(second.members().keySet()).containsExactly(4, 5, 6, 7, 8);
        assertThat(second.members().get(4)[0]).isCloseTo(1.9 / 3.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.members().get(4)[0]).isCloseTo(2.0 / 3.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static ringscope.model.LinkRecord link(int a, int b, double w) {
        return new ringscope.model.LinkRecord(0, a, b, LinkRule.SHARED_IP, w, "v", 0, 2, 1, 0, 0, "");
    }
}
