package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.analysis.AnalysedDatasets;
import ringscope.analysis.AnalysisService;
import ringscope.analysis.AnalysisQueries;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkEnds;
import ringscope.model.LinkFilter;
import ringscope.model.LinkRecord;
import ringscope.model.NodePosition;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;
import ringscope.store.ClusterLinks;
import ringscope.store.GraphRows;

/** Graph views built from a real analysis of the bundled classroom-reseller sample. */
class GraphDataServiceTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static long runId;
    private static GraphDataService service;
    private static AnalysisQueries queries;

    @BeforeAll
    static void analyse() {
        store = CaseStore.create(tmp.resolve("case"));
        runId = AnalysedDatasets.importAndAnalyse(store, "classroom-reseller", "t").info().id();
        service = new GraphDataService(store);
        queries = service.queries();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void expandingAnAccountAddsItsOneHopNeighboursAfterTheViewAndLinksThemIn() {
        ClusterSummary top = queries.clusters(runId).get(0);
        ViewData base = service.load(runId, ViewSpec.cluster(top.id()));
        Set<Integer> shown = new java.util.HashSet<>();
        base.nodes().forEach(n -> shown.add((int) n.id()));
        int ref = shown.stream().filter(r -> !shown.containsAll(queries.neighbours(runId, r, 1).hops().keySet()))
                .findFirst().orElseThrow();
        List<Integer> outside = queries.neighbours(runId, ref, 1).hops().keySet().stream()
                .filter(r -> !shown.contains(r)).sorted().toList();

        ViewData grown = service.load(runId, ViewSpec.cluster(top.id()).expand(ref));
        assertThat(grown.spec().viewKey()).isEqualTo("cluster:" + top.id() + "+" + ref);
        assertThat(grown.nodes().subList(0, base.nodes().size())).isEqualTo(base.nodes());
        assertThat(grown.nodes().subList(base.nodes().size(), grown.nodes().size())).extracting(VisualNode::key)
                .containsExactlyElementsOf(outside.stream().map(r -> "a:" + r).toList());
        assertThat(grown.totalNodes()).isEqualTo(base.totalNodes() + outside.size());
        Set<String> keys = new java.util.HashSet<>();
        grown.nodes().forEach(n -> keys.add(n.key()));
        assertThat(grown.links()).containsAll(base.links())
                .allSatisfy(l -> assertThat(keys).contains(l.source(), l.target()));
        assertThat(outside).allSatisfy(r -> assertThat(grown.links()).anySatisfy(l -> assertThat(Set.of(l.source(),
                l.target())).containsExactlyInAnyOrder("a:" + r, "a:" + ref)));
        assertThat(service.load(runId, ViewSpec.cluster(top.id()).expand(ref).collapse(ref)).nodes())
                .isEqualTo(base.nodes());
    }

    @Test
    void overviewHasOneNodePerClusterAndFoldsEveryLinkBetweenHomeClusters() {
        List<ClusterSummary> clusters = queries.clusters(runId);
        ViewData data = service.load(runId, ViewSpec.overview());
        assertThat(data.nodes()).extracting(VisualNode::key)
                .containsExactlyElementsOf(clusters.stream().map(c -> "c:" + c.id()).toList());
        assertThat(data.nodes().get(0).members()).isEqualTo(clusters.get(0).size());

        Map<Integer, Long> home = new HashMap<>();
        for (ClusterSummary c : clusters) {
            for (ClusterMember m : queries.members(c.id())) {
                if (m.home()) {
                    home.put(m.accountRef(), c.id());
                }
            }
        }
        Map<String, Double> expected = new HashMap<>();
        for (LinkRecord l : queries.links(runId, LinkFilter.all(1_000_000))) {
            Long a = home.get(l.accountA());
            Long b = home.get(l.accountB());
            if (a != null && b != null && !a.equals(b)) {
                expected.merge(VisualEdge.keyOf("c:" + a, "c:" + b) + "/" + l.rule(), l.weight(), Double::sum);
            }
        }
        Map<String, Double> actual = new HashMap<>();
        data.links().forEach(l -> actual.merge(VisualEdge.keyOf(l.source(), l.target()) + "/" + l.rule(), l.weight(),
                Double::sum));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, w) -> assertThat(actual.get(k)).isCloseTo(w, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void accountRowsAreReadAheadToTheLastAccountAndAStoppedReadSaysWhereToGoOn() throws Exception {
        int highest;
        try (var c = store.connect(); var rs = c.createStatement().executeQuery("SELECT MAX(id) FROM account")) {
            rs.next();
            highest = rs.getInt(1);
        }
        assertThat(highest).as("the sample has accounts").isPositive();
        assertThat(new GraphRows(store).readAccountsAhead(0, 10)).as("the highest account id").isEqualTo(highest);

        assertThat(service.readAccountsAhead(0, CancelToken.none())).as("all read").isEqualTo(-1);
        CancelToken stopped = new CancelToken();
        stopped.cancel();
        assertThat(service.readAccountsAhead(37, stopped)).as("stopped before its first step").isEqualTo(37);
        assertThat(service.readAccountsAhead(highest + 1, CancelToken.none())).as("past the last account").isEqualTo(-1);
    }

    @Test
    void aClusterReadWhoseTokenIsSetStopsWithACancellation() {
        ClusterSummary top = queries.clusters(runId).get(0);
        CancelToken stopped = new CancelToken();
        stopped.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.load(runId, ViewSpec.cluster(top.id()), true,
                ProgressSink.NONE, stopped)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(service.load(runId, ViewSpec.cluster(top.id()), true, ProgressSink.NONE, CancelToken.none())
                .nodes()).as("read in full without the token").isNotEmpty();
    }

    @Test
    void aCappedOverviewSaysHowManyItShows() {
        VisualGraph g = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 3);
        int all = queries.clusters(runId).size();
        assertThat(g.nodes()).hasSize(3);
        assertThat(g.isPartial()).isTrue();
        assertThat(g.caption("clusters")).startsWith("showing 3 of " + all + " clusters");
    }

    @Test
    void anOpenedClusterShowsItsMembersAndTheLinksAmongThem() {
        ClusterSummary top = queries.clusters(runId).get(0);
        ViewData data = service.load(runId, ViewSpec.cluster(top.id()));
        assertThat(data.nodes()).hasSize(40).allMatch(n -> n.kind() == NodeKind.ACCOUNT && n.clusterId() == top.id());
        assertThat(data.links()).hasSize(queries.linksInCluster(top.id()).size());
        assertThat(data.nodes().get(0).attributes()).containsKeys("account", "interactions", "home cluster");
    }

    @Test
    void everyClusterOpensWithTheLinksStoredWithItWhichAreExactlyTheLinksAmongItsMembers() {
        GraphRows graphRows = new GraphRows(store);
        ClusterLinks stored = new ClusterLinks(store);
        // the reseller cluster holds more links than one packed cluster_link row (4,096)
        assertThat(stored.all(queries.clusters(runId).get(0).id()).orElseThrow()).hasSizeGreaterThan(4_096);
        for (ClusterSummary c : queries.clusters(runId)) {
            List<Integer> members = queries.members(c.id()).stream().map(ClusterMember::accountRef).toList();
            List<LinkEnds> lookedUp = graphRows.linksAmong(runId, members);
            assertThat(lookedUp).isNotEmpty();
            assertThat(stored.all(c.id()).orElseThrow()).isEqualTo(lookedUp);
            assertThat(service.load(runId, ViewSpec.cluster(c.id())).links()).extracting(LinkSummary::linkId)
                    .containsExactlyElementsOf(lookedUp.stream().map(LinkEnds::id).toList());
        }
    }

    @Test
    void aClusterOfARunStoredWithoutItsLinksOpensByLookingThemUpAndDeletingARunDeletesThem() throws Exception {
        Path folder = tmp.resolve("old-run");
        try (CaseStore other = CaseStore.create(folder)) {
            new ImportService(other).importDataset(Path.of("datasets", "classroom-reseller"),
                    ImportOptions.defaults(), ProgressSink.NONE, CancelToken.none());
            AnalysisService analysis = new AnalysisService(other);
            long run = analysis.run("old", AnalysisParameters.defaults(), ProgressSink.NONE, CancelToken.none())
                    .info().id();
            GraphDataService graph = new GraphDataService(other);
            ClusterSummary top = graph.queries().clusters(run).get(0);
            List<LinkSummary> stored = graph.load(run, ViewSpec.cluster(top.id())).links();
            try (Connection c = other.connect(); Statement st = c.createStatement()) {
                // what a run analysed before migration V7 looks like
                assertThat(st.executeUpdate("DELETE FROM cluster_link")).isGreaterThan(0);
            }
            assertThat(new ClusterLinks(other).all(top.id())).isEmpty();
            assertThat(graph.load(run, ViewSpec.cluster(top.id())).links()).isEqualTo(stored);

            long second = analysis.run("new", AnalysisParameters.defaults(), ProgressSink.NONE, CancelToken.none())
                    .info().id();
            analysis.deleteRun(second);
            try (Connection c = other.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM cluster_link")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aNeighbourhoodKeepsItsStartAccountAndReachesOnlyLinkedAccounts() {
        ClusterMember m = queries.members(queries.clusters(runId).get(0).id()).get(0);
        ViewData data = service.load(runId, ViewSpec.around(m.accountRef(), 1));
        String start = NodeKind.ACCOUNT.key(m.accountRef());
        assertThat(data.keep()).containsExactly(start);
        Set<String> linked = new java.util.HashSet<>();
        for (LinkRecord l : queries.linksOf(runId, m.accountRef())) {
            linked.add(NodeKind.ACCOUNT.key(l.other(m.accountRef())));
        }
        linked.add(start);
        assertThat(data.nodes()).extracting(VisualNode::key).containsExactlyInAnyOrderElementsOf(linked);
    }

    @Test
    void aComputedLayoutIsStoredAndAPinnedNodeKeepsItsPlace() {
        ClusterSummary top = queries.clusters(runId).get(0);
        VisualGraph g = service.load(runId, ViewSpec.cluster(top.id())).assemble(GraphFilter.none(), 2000);
        Map<String, NodePosition> start = new HashMap<>(SeedLayout.place(g, Map.of()));
        String pinned = g.nodes().get(0).key();
        start.put(pinned, new NodePosition(pinned, 42, -7, true));
        Map<String, NodePosition> laid = service.layOut(runId, g, start, Set.of(), ProgressSink.NONE,
                CancelToken.none());
        assertThat(laid.get(pinned)).isEqualTo(new NodePosition(pinned, 42, -7, true));
        assertThat(laid).hasSize(g.nodes().size());
        assertThat(service.storedLayout(runId, g)).contains(laid);
        VisualGraph other = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 300);
        assertThat(service.storedLayout(runId, other)).isEmpty();
    }

    @Test
    void taggedClustersCarryTheirTagForColourByTag() {
        ClusterSummary top = queries.clusters(runId).get(1);
        ringscope.casework.CaseworkService casework = new ringscope.casework.CaseworkService(store, "tester");
        ringscope.model.Tag tag = casework.createTag("reseller", "#AA3311", "graph test");
        casework.tag(tag.id(), List.of(ringscope.model.Target.cluster(top.id())));
        VisualNode node = service.load(runId, ViewSpec.overview()).nodes().stream()
                .filter(n -> n.id() == top.id()).findFirst().orElseThrow();
        assertThat(node.tags()).containsExactly(new TagMark(tag.id(), "reseller", "#AA3311"));
        assertThat(new GraphStyles().colourClass(node, ColourMode.TAG)).isEqualTo("tAA3311");
    }
}
