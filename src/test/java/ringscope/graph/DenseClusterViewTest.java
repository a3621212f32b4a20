package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.ProgressSink;
import ringscope.model.SharedValue;
import ringscope.model.ViewCaps;
import ringscope.store.AnalysisWriter;
import ringscope.store.CaseStore;

/**
 * A dense cluster (more linked pairs among the members a view shows than the view draws) is stored with the links of
 * the edges its unfiltered view draws; opening it without a filter reads only those and draws exactly what assembling
 * all its links draws. A synthetic run: cluster 1 has 2,100 members in shuffled order, each linked to its next six
 * accounts, some pairs by two rules, weights from five values (many ties); cluster 2 is small.
 */
class DenseClusterViewTest {
    private static final int MEMBERS = 2_100;

    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static long runId;
    private static long dense;
    private static long small;
    private static GraphDataService service;

    @BeforeAll
    static void writeRun() throws Exception {
        store = CaseStore.create(tmp.resolve("case"));
        try (Connection c = store.connect(); Statement s = c.createStatement()) { // the accounts the members name
            s.executeUpdate("INSERT INTO import_run (id, dataset, started_ms, status) VALUES (1, 'test', 0, 'COMPLETE')");
            s.executeUpdate("INSERT INTO source_file VALUES (1, 1, 'accounts.csv', 'accounts', 'csv', '" + "0".repeat(64)
                    + "', 0, 0, 0, 0, 0, 0, FALSE, '', NULL, NULL)");
            s.executeUpdate("INSERT INTO account (id, account_id, created_ms, source_file_id, line_no)"
                    + " SELECT X, 'acct-' || X, 0, 1, X FROM SYSTEM_RANGE(1, 6000)");
        }
        SharedValue ip = new SharedValue(1, LinkRule.SHARED_IP, "10.0.0.1", 0, MEMBERS, true);
        SharedValue card = new SharedValue(2, LinkRule.SHARED_PAYMENT, "card-1", 0, MEMBERS, true);
        List<LinkRecord> links = new ArrayList<>();
        for (int a = 1; a <= MEMBERS; a++) {
            for (int b = a + 1; b <= Math.min(MEMBERS, a + 6); b++) {
                links.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_IP, 0.25 * (1 + (a * 7 + b * 3) % 5), ip, 2,
                        1_000L * a, 2_000L * b, ""));
                if ((a + b) % 11 == 0) {
                    links.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_PAYMENT, 0.1, card, 1, 1_000L * a,
                            1_000L * a, ""));
                }
            }
        }
        int smallFirst = links.size();
        for (int a = 5_001; a <= 5_010; a++) {
            links.add(new LinkRecord(0, 0, a, a + 1, LinkRule.SHARED_IP, 1, ip, 1, 1, 2, ""));
        }
        List<Integer> order = IntStream.rangeClosed(1, MEMBERS).boxed().collect(java.util.stream.Collectors.toList());
        Collections.shuffle(order, new Random(7));
        List<AnalysisWriter.NewMember> members = order.stream()
                .map(a -> new AnalysisWriter.NewMember(a, true, 1, 6, 1, "SHARED_IP")).toList();
        List<AnalysisWriter.NewMember> smallMembers = IntStream.rangeClosed(5_001, 5_011)
                .mapToObj(a -> new AnalysisWriter.NewMember(a, true, 1, 1, 1, "SHARED_IP")).toList();
        AnalysisWriter.NewRun run = new AnalysisWriter.NewRun("dense", 0, "{}", MEMBERS + 11, "",
                List.of(ip, card), links, List.of(
                        new AnalysisWriter.NewCluster("dense", MEMBERS, 1, 0.9, List.of(), members,
                                IntStream.range(0, smallFirst).toArray()),
                        new AnalysisWriter.NewCluster("small", 11, 1, 0.5, List.of(), smallMembers,
                                IntStream.range(smallFirst, links.size()).toArray())));
        runId = new AnalysisWriter(store).save(run);
        service = new GraphDataService(store);
        dense = service.queries().clusters(runId).get(0).id();
        small = service.queries().clusters(runId).get(1).id();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ViewData read(long cluster, boolean drawnOnly) {
        return service.load(runId, ViewSpec.cluster(cluster), drawnOnly, ProgressSink.NONE, CancelToken.none());
    }

    @Test
    void theUnfilteredViewOfADenseClusterReadsOnlyItsDrawnLinksAndDrawsWhatAllItsLinksDraw() {
        ViewData all = read(dense, false);
        ViewData drawn = read(dense, true);
        VisualGraph expected = all.assemble(GraphFilter.none(), GraphDataService.DRILL_CAP);
        VisualGraph actual = drawn.assemble(GraphFilter.none(), GraphDataService.DRILL_CAP);

        assertThat(all.complete()).isTrue();
        assertThat(drawn.complete()).isFalse();
        assertThat(expected.totalEdges()).as("a dense view").isGreaterThan(ViewCaps.EDGES);
        assertThat(expected.edges()).hasSize(ViewCaps.EDGES);
        // exactly the links of the edges drawn are read, in id order
        assertThat(drawn.links()).extracting(LinkSummary::linkId).isEqualTo(expected.edges().stream()
                .flatMap(e -> e.linkIds().stream()).sorted().toList()).hasSizeLessThan(all.links().size());
        assertThat(actual.edges()).isEqualTo(expected.edges()); // same pairs, weights to the bit, link ids, times
        assertThat(actual.nodes()).isEqualTo(expected.nodes());
        assertThat(actual.caption("accounts")).isEqualTo(expected.caption("accounts"))
                .contains("8,000 of " + String.format("%,d", expected.totalEdges()) + " links");
    }

    @Test
    void aFilterNeedsAllTheLinksOfTheView() {
        ViewData drawn = read(dense, true);
        GraphFilter payments = GraphFilter.none().withRules(java.util.Set.of(LinkRule.SHARED_PAYMENT));

        assertThatThrownBy(() -> drawn.assemble(payments, GraphDataService.DRILL_CAP))
                .isInstanceOf(IllegalArgumentException.class);
        VisualGraph filtered = read(dense, false).assemble(payments, GraphDataService.DRILL_CAP);
        assertThat(filtered.edges()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.rules()).containsExactly(LinkRule.SHARED_PAYMENT));
    }

    @Test
    void onlyDenseClustersHaveDrawnLinksStored() throws Exception {
        assertThat(read(small, true).complete()).isTrue();
        assertThat(rows("SELECT COUNT(DISTINCT cluster_id) FROM cluster_drawn_link")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM cluster_drawn_link WHERE cluster_id = " + small)).isZero();
    }

    @Test
    void drawnLinksChosenUnderOtherCapsAreIgnored() throws Exception {
        ViewData before = read(dense, true);
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE cluster_drawn_link SET edge_cap = edge_cap + 1");
        }
        try {
            assertThat(before.complete()).isFalse();
            assertThat(read(dense, true).complete()).isTrue();
        } finally {
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE cluster_drawn_link SET edge_cap = edge_cap - 1");
            }
        }
    }

    private static long rows(String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
