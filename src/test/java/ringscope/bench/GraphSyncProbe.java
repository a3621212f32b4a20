package ringscope.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.GraphStyles;
import ringscope.graph.GraphSync;
import ringscope.graph.SeedLayout;
import ringscope.graph.StyleOptions;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualGraph;
import ringscope.model.ClusterSummary;
import ringscope.model.NodePosition;
import ringscope.store.CaseStore;

/**
 * What handing a view to GraphStream costs (issue 5: the FX thread's share of opening a cluster): the overview and the
 * K-th largest cluster of a case's latest run, read once, then shown alternately through {@link GraphSync} into a
 * GraphStream graph, in each of the modes of {@code -Dbench.modes} (default {@code app,piped,alone,app}): {@code app}
 * the viewer's {@link GraphicGraph} as the model, as {@code GraphCanvas} has it; {@code piped} a graph piped into the
 * viewer's graphic graph (GraphStream's default, the app's way before 2026-11-28); {@code alone} a plain graph without
 * any viewer. Prints the time of each switch. Not a test; no JavaFX needed.
 *
 * <pre>java -cp CLASSPATH [-Dbench.pick=K] [-Dbench.modes=M,M] ringscope.bench.GraphSyncProbe CASE_FOLDER [ROUNDS]</pre>
 */
public final class GraphSyncProbe {
    private GraphSyncProbe() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        VisualGraph overview;
        VisualGraph cluster;
        try (CaseStore store = CaseStore.open(Path.of(args[0]))) {
            GraphDataService s = new GraphDataService(store);
            long run = s.queries().latestRun().orElseThrow().id();
            overview = s.load(run, ViewSpec.overview()).assemble(GraphFilter.none(),
                    GraphDataService.capOf(ViewSpec.overview()));
            ClusterSummary c = s.queries().clusters(run).stream()
                    .sorted(Comparator.comparingInt(ClusterSummary::size).reversed())
                    .skip(Integer.getInteger("bench.pick", 2) - 1L).findFirst().orElseThrow();
            ViewSpec spec = ViewSpec.cluster(c.id());
            cluster = s.load(run, spec).assemble(GraphFilter.none(), GraphDataService.capOf(spec));
        }
        Map<String, NodePosition> overviewAt = SeedLayout.place(overview, Map.of());
        Map<String, NodePosition> clusterAt = SeedLayout.place(cluster, Map.of());
        System.out.printf("overview %,d nodes / %,d edges; cluster %,d nodes / %,d edges%n", overview.nodes().size(),
                overview.edges().size(), cluster.nodes().size(), cluster.edges().size());
        for (String mode : System.getProperty("bench.modes", "app,piped,alone,app").split(",")) {
            Graph graph = switch (mode) {
                case "app" -> { // as GraphCanvas: the viewer's graphic graph is the model, empty style groups kept
                    GraphicGraph g = new GraphicGraph("probe-view");
                    g.getStyleGroups().setRemoveEmptyGroups(false);
                    yield g;
                }
                case "piped" -> { // before 2026-11-28: a graph piped into the viewer's graphic graph (GraphStream's default)
                    Graph g = new SingleGraph("probe", false, true);
                    g.addSink(new GraphicGraph("probe-view"));
                    yield g;
                }
                case "alone" -> new SingleGraph("probe", false, true);
                default -> throw new IllegalArgumentException("mode app, piped or alone: " + mode);
            };
            GraphSync sync = new GraphSync(graph, new GraphStyles());
            StringBuilder toCluster = new StringBuilder();
            StringBuilder toOverview = new StringBuilder();
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                sync.show(overview, StyleOptions.defaults(), overviewAt);
                long t1 = System.nanoTime();
                sync.show(cluster, StyleOptions.defaults(), clusterAt);
                long t2 = System.nanoTime();
                toOverview.append(String.format(" %.0f", (t1 - t0) / 1e6));
                toCluster.append(String.format(" %.0f", (t2 - t1) / 1e6));
            }
            System.out.printf("%s: to the overview (ms):%s%n   to the cluster (ms):%s%n",
                    mode, toOverview, toCluster);
        }
    }
}
