package ringscope.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.GraphRenderer;
import org.graphstream.ui.view.LayerRenderer;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import ringscope.graph.ForceLayout;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.ViewData;
import ringscope.graph.ViewSpec;
import ringscope.model.ClusterSummary;
import ringscope.store.CaseStore;
import ringscope.graph.GraphStyles;
import ringscope.graph.GraphSync;
import ringscope.graph.SeedLayout;
import ringscope.graph.StyleOptions;
import ringscope.graph.VisualGraph;
import ringscope.model.CancelToken;
import ringscope.model.NodePosition;
import ringscope.model.ProgressSink;
import ringscope.ui.graph.LeanGraphRenderer;

/**
 * FX-thread cost per redraw and time to first render of GraphStream's stock JavaFX renderer against the lean one, on
 * the same graphs, in one real window. Not a test: prints a table. Run under a display (Xvfb is fine):
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     ringscope.bench.GraphRenderBenchmark [redraws] [case-folder]
 * </pre>
 *
 * With {@code -Dbench.render=false} (and a case folder) it only reads the case's views and prints the read times (wall
 * and the reading thread's CPU); no display and no JavaFX toolkit are needed. {@code -Dbench.run=N} reads run N
 * instead of the latest.
 *
 * A redraw is what the viewer's timer does when the graph changed: {@code view.display(graph, true)}, timed around
 * the call on the FX thread. With a case folder, the overview and the largest cluster of its latest analysis run are
 * measured too, after printing how long reading and laying out each took. Time to first render runs from creating the viewer (which copies the graph into its
 * graphic graph) to the end of the first frame.
 */
public final class GraphRenderBenchmark {
    /** The reading thread's CPU time shows the work apart from the wait for a core on a shared machine. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private GraphRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int redraws = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        // -Dbench.render=false: only read the case's views (no display needed), see fromCase
        if (!Boolean.parseBoolean(System.getProperty("bench.render", "true"))) {
            fromCase(java.nio.file.Path.of(args[1]), false);
            return;
        }
        System.setProperty("org.graphstream.ui", "javafx");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // each measurement closes its window; without this the toolkit exits after the first one
        Platform.setImplicitExit(false);
        List<Case> cases = List.of(
                new Case("overview 300 clusters / 900 meta-links", () -> GraphSceneFactory.overview(300, 900, 1)),
                new Case("STACK.md reference 1,000 / 3,000", () -> GraphSceneFactory.drillDown(1000, 3000, 2)),
                new Case("drill-down 2,000 accounts / 6,000 links", () -> GraphSceneFactory.drillDown(2000, 6000, 3)),
                new Case("drill-down 2,000 accounts / 20,000 links", () -> GraphSceneFactory.drillDown(2000, 20000, 4)));
        // -Dbench.synthetic=false measures only the case
        List<Case> all = new ArrayList<>(Boolean.parseBoolean(System.getProperty("bench.synthetic", "true")) ? cases
                : List.of());
        if (args.length > 1) {
            all.addAll(fromCase(java.nio.file.Path.of(args[1]), true));
        }
        System.out.printf("%-44s %-6s %10s %10s %10s %10s%n", "graph", "render", "first ms", "median ms", "p95 ms",
                "zoom4 med");
        for (Case c : all) {
            VisualGraph scene = c.scene().get();
            Map<String, NodePosition> positions = ForceLayout.run(scene, SeedLayout.place(scene, Map.of()),
                    new ForceLayout.Budget(40, 0.99, 7), ProgressSink.NONE, CancelToken.none()).positions();
            for (String renderer : List.of("stock", "lean")) {
                Result r = measure(scene, positions, renderer, redraws);
                System.out.printf("%-44s %-6s %10.1f %10.2f %10.2f %10.2f%n", c.name(), renderer, r.firstMs(),
                        r.medianMs(), r.p95Ms(), r.zoomedMedianMs());
            }
        }
        Platform.exit();
    }

    private record Case(String name, Supplier<VisualGraph> scene) {}

    /**
     * The overview and the largest cluster (capped at {@link GraphDataService#DRILL_CAP} accounts) of the latest run
     * of a real case, read as the graph tab reads them; prints how long reading each view took (worker thread). The
     * cluster is read first (cold: nothing of the run read yet in this JVM), then the overview, then the cluster again
     * (warm).
     */
    private static List<Case> fromCase(java.nio.file.Path folder, boolean layOut) {
        List<Case> out = new ArrayList<>();
        try (CaseStore store = CaseStore.open(folder)) {
            GraphDataService service = new GraphDataService(store);
            // -Dbench.run=N measures run N instead of the latest
            long run = Long.getLong("bench.run", service.queries().latestRun().orElseThrow().id());
            // -Dbench.pick=K measures the K-th largest cluster instead of the largest
            ClusterSummary largest = service.queries().clusters(run).stream()
                    .sorted(java.util.Comparator.comparingInt(ClusterSummary::size).reversed())
                    .skip(Integer.getInteger("bench.pick", 1) - 1L).findFirst().orElseThrow();
            java.util.Set<String> measured = new java.util.HashSet<>();
            for (ViewSpec spec : List.of(ViewSpec.cluster(largest.id()), ViewSpec.overview(),
                    ViewSpec.cluster(largest.id()))) {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                ViewData data = service.load(run, spec);
                VisualGraph g = data.assemble(GraphFilter.none(), GraphDataService.capOf(spec));
                double loadMs = (System.nanoTime() - t) / 1e6;
                double loadCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                t = System.nanoTime();
                SeedLayout.place(g, Map.of());
                double seedMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                int steps = 0;
                if (layOut) {
                    steps = ForceLayout.run(g, SeedLayout.place(g, Map.of()), ForceLayout.Budget.forNodes(
                            g.nodes().size()), ProgressSink.NONE, CancelToken.none()).steps();
                }
                double layoutMs = (System.nanoTime() - t) / 1e6;
                System.out.printf("case %s: %s, %,d links read, %,d drawn; read %.0f ms (thread CPU %.0f ms), seed"
                        + " layout %.0f ms, force layout %d steps %.0f ms%n", spec.viewKey(), g.caption(data
                        .nodeNoun()), data.links().size(), g.edges().size(), loadMs, loadCpuMs, seedMs, steps,
                        layoutMs);
                String name = "case " + spec.viewKey() + " " + g.nodes().size() + " / " + g.edges().size();
                if (measured.add(spec.viewKey())) {
                    out.add(new Case(name, () -> g));
                }
            }
        }
        return out;
    }

    private record Result(double firstMs, double medianMs, double p95Ms, double zoomedMedianMs) {}

    private static Result measure(VisualGraph scene, Map<String, NodePosition> positions, String renderer,
            int redraws) throws Exception {
        CompletableFuture<Result> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(runOnFx(scene, positions, renderer, redraws));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        return out.get();
    }

    private static Result runOnFx(VisualGraph scene, Map<String, NodePosition> positions, String kind, int redraws) {
        Graph graph = new SingleGraph("bench");
        new GraphSync(graph, new GraphStyles()).show(scene, StyleOptions.defaults(), positions);
        long began = System.nanoTime();
        Timing timing = new Timing(kind.equals("stock") ? new FxGraphRenderer() : new LeanGraphRenderer());
        FxViewer viewer = new FxViewer(graph, FxViewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        FxViewPanel panel = (FxViewPanel) viewer.addDefaultView(false, timing);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(panel), 1280, 800));
        stage.show();
        ((FxDefaultView) panel).display(viewer.getGraphicGraph(), true);
        double first = (timing.lastEnd - began) / 1e6;
        List<Double> plain = redraw(viewer, panel, timing, redraws);
        panel.getCamera().setViewPercent(0.25);
        List<Double> zoomed = redraw(viewer, panel, timing, redraws);
        viewer.close();
        stage.close();
        return new Result(first, percentile(plain, 50), percentile(plain, 95), percentile(zoomed, 50));
    }

    private static List<Double> redraw(FxViewer viewer, FxViewPanel panel, Timing timing, int n) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            long t = System.nanoTime();
            ((FxDefaultView) panel).display(viewer.getGraphicGraph(), true);
            if (i >= 5) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Passes everything to the measured renderer and notes when a frame ends. */
    private static final class Timing implements GraphRenderer<Pane, GraphicsContext> {
        private final GraphRenderer<Pane, GraphicsContext> inner;
        long lastEnd;

        Timing(GraphRenderer<Pane, GraphicsContext> inner) {
            this.inner = inner;
        }

        @Override
        public void open(GraphicGraph graph, Pane surface) {
            inner.open(graph, surface);
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public View createDefaultView(Viewer viewer, String id) {
            return new FxDefaultView(viewer, id, this);
        }

        @Override
        public Camera getCamera() {
            return inner.getCamera();
        }

        @Override
        public GraphicElement findGraphicElementAt(EnumSet<InteractiveElement> types, double x, double y) {
            return inner.findGraphicElementAt(types, x, y);
        }

        @Override
        public Collection<GraphicElement> allGraphicElementsIn(EnumSet<InteractiveElement> types, double x1,
                double y1, double x2, double y2) {
            return inner.allGraphicElementsIn(types, x1, y1, x2, y2);
        }

        @Override
        public void render(GraphicsContext g, int x, int y, int w, int h) {
            inner.render(g, x, y, w, h);
            lastEnd = System.nanoTime();
        }

        @Override
        public void beginSelectionAt(double x, double y) {
            inner.beginSelectionAt(x, y);
        }

        @Override
        public void selectionGrowsAt(double x, double y) {
            inner.selectionGrowsAt(x, y);
        }

        @Override
        public void endSelectionAt(double x, double y) {
            inner.endSelectionAt(x, y);
        }

        @Override
        public void moveElementAtPx(GraphicElement e, double x, double y) {
            inner.moveElementAtPx(e, x, y);
        }

        @Override
        public void screenshot(String file, int w, int h) {
            inner.screenshot(file, w, h);
        }

        @Override
        public void setBackLayerRenderer(LayerRenderer<GraphicsContext> r) {
            inner.setBackLayerRenderer(r);
        }

        @Override
        public void setForeLayoutRenderer(LayerRenderer<GraphicsContext> r) {
            inner.setForeLayoutRenderer(r);
        }
    }
}
