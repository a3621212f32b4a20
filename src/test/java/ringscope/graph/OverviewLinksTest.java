package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.analysis.AnalysedDatasets;
import ringscope.model.CancelToken;
import ringscope.model.ClusterLink;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;
import ringscope.store.ClusterPairLinks;
import ringscope.store.GraphRows;

/**
 * The overview's links between clusters as the analysis stores them with the run (cluster_pair_link, V9) are exactly
 * what folding all the run's links gives (the way the overview read them before), and a run stored without them gets
 * them folded once and stored. A real analysis of the bundled hydra-campaign sample.
 */
class OverviewLinksTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static long runId;

    @BeforeAll
    static void analyse() {
        store = CaseStore.create(tmp.resolve("case"));
        runId = AnalysedDatasets.importAndAnalyse(store, "hydra-campaign", "t").info().id();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theFoldStoredWithTheRunIsTheFoldOfAllItsLinksToTheLastBit() {
        List<ClusterLink> folded = new GraphRows(store).clusterLinks(runId);
        assertThat(folded).hasSizeGreaterThan(20);
        assertThat(folded.stream().map(ClusterLink::rule).distinct().count()).isGreaterThan(1);
        assertThat(folded.stream().mapToInt(ClusterLink::links).max().orElseThrow()).isGreaterThan(1);

        assertThat(new ClusterPairLinks(store).stored(runId)).contains(folded);
    }

    @Test
    void aRunStoredWithoutItsFoldIsFoldedOnceWithProgressAndStored() throws SQLException {
        Copy copy = copyOfRunWithoutFold();
        long older = copy.runId();
        assertThat(new ClusterPairLinks(store).stored(older)).isEmpty();

        List<Progress> seen = new ArrayList<>();
        List<ClusterLink> read = new OverviewLinks(new GraphRows(store), new ClusterPairLinks(store))
                .of(older, seen::add, CancelToken.none());

        List<ClusterLink> original = new ClusterPairLinks(store).stored(runId).orElseThrow();
        assertThat(read).isNotEmpty().isEqualTo(original.stream().map(l -> new ClusterLink(l.clusterA()
                + copy.clusterShift(), l.clusterB() + copy.clusterShift(), l.rule(), l.links(), l.weight(),
                l.firstMs(), l.lastMs())).toList());
        assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p.stage()).isEqualTo(GraphRows.FOLD_STAGE));
        assertThat(new ClusterPairLinks(store).stored(older)).contains(read);
        List<Progress> again = new ArrayList<>();
        new OverviewLinks(new GraphRows(store), new ClusterPairLinks(store)).of(older, again::add, CancelToken.none());
        assertThat(again).as("the second open reads the stored fold").isEmpty();
    }

    @Test
    void aCancelledFoldStopsAndStoresNothing() throws SQLException {
        long older = copyOfRunWithoutFold().runId();
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        OverviewLinks links = new OverviewLinks(new GraphRows(store), new ClusterPairLinks(store));

        assertThatThrownBy(() -> links.of(older, ProgressSink.NONE, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(new ClusterPairLinks(store).stored(older)).isEmpty();
        assertThat(links.of(older, ProgressSink.NONE, CancelToken.none())).isNotEmpty();
    }

    @Test
    void theOverviewShowsTheStoredFold() {
        ViewData overview = new GraphDataService(store).load(runId, ViewSpec.overview());
        List<ClusterLink> stored = new ClusterPairLinks(store).stored(runId).orElseThrow();
        assertThat(overview.links()).extracting(l -> l.source() + "-" + l.target() + "/" + l.rule() + " "
                + l.links() + " " + l.weight()).containsExactlyElementsOf(stored.stream().map(l -> "c:" + l.clusterA()
                + "-c:" + l.clusterB() + "/" + l.rule() + " " + l.links() + " " + l.weight()).toList());
    }

    private record Copy(long runId, long clusterShift) {}

    /**
     * A new run with the same clusters, members and links as the analysed one but no stored fold, as a run written
     * before V9 looks: its cluster ids are the original's plus {@code clusterShift}.
     */
    private static Copy copyOfRunWithoutFold() throws SQLException {
        try (Connection c = store.connect()) {
            long run = max(c, "analysis_run") + 1;
            long linkShift = max(c, "link");
            long clusterShift = max(c, "cluster");
            exec(c, "INSERT INTO analysis_run SELECT " + run + ", name, started_ms, finished_ms, parameters, accounts,"
                    + " links, clusters, common_values, step_times, first_link + " + linkShift + " FROM analysis_run"
                    + " WHERE id = " + runId);
            exec(c, "INSERT INTO link SELECT id + " + linkShift + ", " + run + ", account_a, account_b, rule, tier,"
                    + " weight, value_id, evidence_count, first_ms, last_ms, detail FROM link WHERE run_id = " + runId
                    + " ORDER BY id");
            exec(c, "INSERT INTO cluster SELECT id + " + clusterShift + ", " + run + ", rank_no, label, size,"
                    + " core_size, interactions, score FROM cluster WHERE run_id = " + runId);
            exec(c, "INSERT INTO cluster_member SELECT m.cluster_id + " + clusterShift + ", m.account_ref, m.home,"
                    + " m.confidence, m.links, m.weight_inside, m.rules, m.ord FROM cluster_member m JOIN cluster k"
                    + " ON k.id = m.cluster_id WHERE k.run_id = " + runId);
            return new Copy(run, clusterShift);
        }
    }

    private static long max(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
