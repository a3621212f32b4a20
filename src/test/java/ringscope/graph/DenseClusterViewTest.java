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
 * all its links draws. On {@link DenseRun}.
 */
class DenseClusterViewTest {
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
        DenseRun.Written run = DenseRun.write(store);
        runId = run.runId();
        dense = run.dense();
        small = run.small();
        service = new GraphDataService(store);
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
