package ringscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import ringscope.analysis.AnalysisService;
import ringscope.graph.GraphDataService;
import ringscope.graph.ViewSpec;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.ClusterSummary;
import ringscope.model.ProgressSink;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.AppStyle;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;
import ringscope.ui.graph.GraphView;
import ringscope.ui.graph.GraphViewModel;

/**
 * Writes the graph tab's screenshots (overview; an opened cluster expanded by one account's neighbours, with the added
 * accounts selected) for docs/screenshots. Not a test. Run under a display (Xvfb):
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     ringscope.bench.GraphScreenshots datasets/classroom-reseller docs/screenshots [work-dir]
 * </pre>
 */
public final class GraphScreenshots {
    private GraphScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("graph-shots");
        CaseStore store = CaseStore.create(work.resolve("case-" + System.currentTimeMillis()));
        new ImportService(store).importDataset(dataset, ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        long run = new AnalysisService(store).run("screenshots", AnalysisParameters.defaults(), ProgressSink.NONE,
                CancelToken.none()).info().id();
        ClusterSummary top = new GraphDataService(store).queries().clusters(run).get(0);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 50);
        Selection selection = new Selection();
        GraphViewModel vm = onFx(() -> new GraphViewModel(runner, selection, GraphDataService::new));
        GraphView view = onFx(() -> {
            GraphView v = new GraphView(vm);
            Stage stage = new Stage();
            // -Dshots.width=980: the width the graph tab gets in a 1440 px window with the casework panel docked
            Scene scene = new Scene((javafx.scene.Parent) v.node(), Integer.getInteger("shots.width", 1440), 900);
            AppStyle.apply(scene);
            stage.setScene(scene);
            stage.show();
            vm.show(store);
            return v;
        });
        waitFor(() -> onFx(() -> vm.pictureProperty().get() != null && !runner.busyProperty().get()));
        Thread.sleep(1500);
        onFx(() -> {
            selection.select(Target.cluster(top.id()));
            return null;
        });
        Thread.sleep(800);
        shoot(view, out.resolve("graph-overview.png"));
        onFx(() -> {
            vm.open(ViewSpec.cluster(top.id()));
            return null;
        });
        waitFor(() -> onFx(() -> vm.titleProperty().get().startsWith("Cluster") && !runner.busyProperty().get()));
        Thread.sleep(1500);
        // expand a member with a dozen or so neighbours outside the cluster, then select what the expansion added
        int expandable = aFewOutsideNeighbours(store, run, onFx(() -> vm.pictureProperty().get().graph()));
        onFx(() -> {
            selection.select(Target.account(vm.pictureProperty().get().graph().nodes().stream()
                    .filter(n -> n.id() == expandable).findFirst().orElseThrow().label()));
            vm.expandFocus();
            return null;
        });
        waitFor(() -> onFx(() -> !vm.currentView().expanded().isEmpty()
                && vm.titleProperty().get().startsWith("Expanded")
                && !runner.busyProperty().get()));
        Thread.sleep(1500);
        onFx(() -> {
            java.util.List<String> added = vm.pictureProperty().get().graph().nodes().stream()
                    .filter(n -> n.clusterId() != top.id()).map(ringscope.graph.VisualNode::key).toList();
            vm.selectNodes(added, false);
            return null;
        });
        Thread.sleep(1000);
        shoot(view, out.resolve("graph-cluster.png"));
        onFx(() -> {
            view.close();
            return null;
        });
        runner.shutdown(5_000);
        store.close();
        Platform.exit();
    }

    private static void shoot(GraphView view, Path file) throws Exception {
        WritableImage image = onFx(() -> view.node().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** The account of {@code graph} whose count of 1-hop neighbours not drawn in it is positive and nearest 12. */
    private static int aFewOutsideNeighbours(CaseStore store, long run, ringscope.graph.VisualGraph graph) {
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        graph.nodes().forEach(n -> shown.add((int) n.id()));
        ringscope.analysis.AnalysisQueries queries = new GraphDataService(store).queries();
        java.util.function.ToLongFunction<Integer> outside = r -> queries.neighbours(run, r, 1).hops().keySet()
                .stream().filter(x -> !shown.contains(x)).count();
        return shown.stream().sorted().filter(r -> outside.applyAsLong(r) > 0)
                .min(java.util.Comparator.comparingLong(r -> Math.abs(outside.applyAsLong(r) - 12))).orElseThrow();
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (!check.ok()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(100);
        }
    }

}
