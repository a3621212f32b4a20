package ringscope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import ringscope.graph.GraphDataService;
import ringscope.graph.ViewSpec;
import ringscope.model.ClusterSummary;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;
import ringscope.ui.graph.GraphView;
import ringscope.ui.graph.GraphViewModel;

/**
 * Opening a cluster as the analyst does it, end to end (issue 5: "opening a cluster under 1 s"): the graph tab's own
 * view model and view in a window, the overview shown first, then the case's largest cluster opened; the time runs
 * from the call to {@code open} on the FX thread until the second FX pulse after the view model handed the cluster's
 * picture to the view (the view draws it on the canvas in that hand-over; the pulse after it puts it on the screen;
 * waiting for a second pulse makes the figure an upper bound by at most one frame). The first open in the JVM is
 * reported apart (cold), then {@code N} more, each after going back to the overview. Not a test.
 *
 * <p>The graph tab reads the first-ranked cluster ahead while the overview is on screen ({@code ViewPrefetch}).
 * {@code -Dbench.pauseMs=T} waits T ms on the overview before the first open, as an analyst looking at it would
 * (default 0: opened at once, joining the read ahead if it is that cluster); {@code -Dbench.pick=K} opens the K-th
 * largest cluster instead of the largest (K=2: a cluster that was not read ahead, on a case whose largest cluster is
 * ranked first).
 *
 * <pre>xvfb-run -a java -Xmx3g [-Dbench.pauseMs=T] [-Dbench.pick=K] -cp CLASSPATH ringscope.bench.GraphOpenBenchmark
 *     CASE_FOLDER [N]</pre>
 */
public final class GraphOpenBenchmark {
    private static volatile String lastSplit = "";

    private GraphOpenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        try (CaseStore store = CaseStore.open(folder)) {
            GraphViewModel vm = onFx(() -> {
                GraphViewModel model = new GraphViewModel(new BackgroundRunner(Platform::runLater, 50),
                        new Selection(), GraphDataService::new);
                GraphView view = new GraphView(model);
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(view.node()), 1280, 800));
                stage.show();
                return model;
            });
            long t = System.nanoTime();
            shown(vm, ViewSpec.overview(), () -> vm.show(store));
            System.out.printf("overview shown after the case's first read in this JVM: %.0f ms%n",
                    (System.nanoTime() - t) / 1e6);
            GraphDataService service = new GraphDataService(store);
            long run = service.queries().latestRun().orElseThrow().id();
            int pick = Integer.getInteger("bench.pick", 1);
            long pauseMs = Long.getLong("bench.pauseMs", 0L);
            ClusterSummary largest = service.queries().clusters(run).stream()
                    .sorted(Comparator.comparingInt(ClusterSummary::size).reversed()).skip(pick - 1L).findFirst()
                    .orElseThrow();
            ViewSpec cluster = ViewSpec.cluster(largest.id());
            System.out.printf("cluster #%d (%d. largest): %,d accounts; first open after %,d ms on the overview%n",
                    largest.rank(), pick, largest.size(), pauseMs);
            Thread.sleep(pauseMs);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                java.time.LocalTime from = java.time.LocalTime.now();
                double ms = shown(vm, cluster, () -> vm.open(cluster));
                if (i == 0) { // the window to look at in a profile (-XX:StartFlightRecording)
                    System.out.printf("cold open from %s to %s%n", from, java.time.LocalTime.now());
                }
                if (i == 0) {
                    System.out.printf("open cluster, first in the JVM (cold): %.0f ms %s%n", ms, lastSplit);
                } else {
                    warm.add(ms);
                    System.out.printf("open cluster: %.0f ms %s%n", ms, lastSplit);
                }
                shown(vm, ViewSpec.overview(), vm::openOverview);
            }
            warm.sort(null);
            if (!warm.isEmpty()) System.out.printf("open cluster, next %d: median %.0f ms, p95 %.0f ms, max %.0f ms%n", n,
                    warm.get(warm.size() / 2), warm.get((int) Math.ceil(0.95 * warm.size()) - 1),
                    warm.get(warm.size() - 1));
        }
        Platform.exit();
    }

    /** Runs {@code action} on the FX thread and waits until {@code spec}'s picture is on screen; milliseconds. */
    private static double shown(GraphViewModel vm, ViewSpec spec, Runnable action) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long began = System.nanoTime();
            javafx.beans.value.ChangeListener<GraphViewModel.Picture> watch = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends GraphViewModel.Picture> o,
                        GraphViewModel.Picture a, GraphViewModel.Picture p) {
                    if (p != null && p.graph().viewKey().equals(spec.viewKey())) {
                        vm.pictureProperty().removeListener(this);
                        long handed = System.nanoTime();
                        // after the view's own listener (registered first) has drawn the picture
                        Platform.runLater(() -> lastSplit = String.format("(read %.0f ms, drawn by %.0f ms)",
                                (handed - began) / 1e6, (System.nanoTime() - began) / 1e6));
                        new AnimationTimer() {
                            private int pulses;

                            @Override
                            public void handle(long now) {
                                if (++pulses == 2) {
                                    stop();
                                    done.complete((System.nanoTime() - began) / 1e6);
                                }
                            }
                        }.start();
                    }
                }
            };
            vm.pictureProperty().addListener(watch);
            action.run();
        });
        return done.get(5, TimeUnit.MINUTES);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(task.call());
            } catch (Exception e) {
                out.completeExceptionally(e);
            }
        });
        return out.get();
    }
}
