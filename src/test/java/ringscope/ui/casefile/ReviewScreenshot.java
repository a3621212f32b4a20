package ringscope.ui.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import ringscope.analysis.AnalysisQueries;
import ringscope.analysis.AnalysisService;
import ringscope.casefile.CaseFileExporter;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportResult;
import ringscope.casework.CaseworkService;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.CaseStatus;
import ringscope.model.ClusterSummary;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;

/**
 * Not a test: renders the review window (WebView report, then the check against the dataset's source files) of a
 * real export on a real display, for docs/screenshots.
 * Run under Xvfb: {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp <classpath> ringscope.ui.casefile
 * .ReviewScreenshot <dataset> <work dir> <png>}. Clusters of 2 are kept (for the tiny fixture).
 */
public final class ReviewScreenshot {
    private ReviewScreenshot() {}

    /** True once the report page finished loading in the window's WebView. */
    private static boolean loaded(Stage[] stage) throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> f = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            javafx.scene.Node n = stage[0] == null ? null : stage[0].getScene().lookup("#reviewReport");
            f.complete(n instanceof javafx.scene.web.WebView w && w.getEngine().getDocument() != null
                    && w.getEngine().getDocument().getElementById("root-hash") != null);
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false; // the FX thread is busy (WebKit starting on a loaded machine): ask again
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path png = Path.of(args[2]);
        ExportResult result;
        try (CaseStore store = CaseStore.create(work.resolve("case"))) {
            new ImportService(store).importDataset(dataset, ImportOptions.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            AnalysisParameters d = AnalysisParameters.defaults();
            ringscope.model.ClusterParameters c = d.clustering();
            AnalysisParameters p = new AnalysisParameters(d.rules(), new ringscope.model.ClusterParameters(
                    c.minPairWeight(), 2, c.overlapShare(), c.excludedRules()));
            new AnalysisService(store).run("screenshot", p, ProgressSink.NONE, CancelToken.none());
            AnalysisQueries q = new AnalysisQueries(store);
            ClusterSummary top = q.clusters(q.latestRun().orElseThrow().id()).get(0);
            CaseworkService cw = new CaseworkService(store, "analyst");
            Tag tag = cw.createTag("reseller network", "#D62728", "accounts resold as one");
            cw.tag(tag.id(), List.of(Target.cluster(top.id())));
            cw.setClassification("CONFIDENTIAL - LEGAL PRIVILEGED");
            cw.setCaseStatus(CaseStatus.CONFIRMED, "Resale network confirmed by shared cards and proxy pool.");
            result = new CaseFileExporter(store, cw).export(work.resolve("handover.ringcase"), ExportProfile.FULL,
                    ProgressSink.NONE, CancelToken.none());
        }
        System.out.println("root hash " + result.rootHash());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 50);
        Stage[] stage = new Stage[1];
        ReviewViewModel vm = new ReviewViewModel(runner, result.file());
        Platform.runLater(() -> stage[0] = ReviewWindow.show(vm, ReportViewer.web(), null));
        for (int i = 0; i < 60 && !loaded(stage); i++) {
            Thread.sleep(500);
        }
        // what "Check against source files..." shows with the dataset folder the case was imported from
        Platform.runLater(() -> vm.sources().check(dataset));
        for (int i = 0; i < 240 && vm.sources().runningProperty().get() | vm.sources().verdictProperty().get()
                .isEmpty(); i++) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000);
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                WritableImage img = stage[0].getScene().snapshot(null);
                Files.createDirectories(png.toAbsolutePath().getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                shot.countDown();
            }
        });
        shot.await(30, TimeUnit.SECONDS);
        runner.shutdown(5_000);
        Platform.exit();
        System.exit(0);
    }
}
