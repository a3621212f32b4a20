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
import ringscope.graph.VisualEdge;
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
 * Writes the graph tab's screenshots (overview, an opened cluster with a link's evidence) for docs/screenshots. Not a
 * test. Run under a display (Xvfb):
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
            Scene scene = new Scene((javafx.scene.Parent) v.node(), 1440, 900);
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
        onFx(() -> {
            VisualEdge heaviest = vm.pictureProperty().get().graph().edges().get(0);
            vm.clicked(heaviest.key(), false);
            return null;
        });
        waitFor(() -> onFx(() -> !vm.inspector().evidence().isEmpty()));
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
