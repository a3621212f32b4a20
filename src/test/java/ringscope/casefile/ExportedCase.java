package ringscope.casefile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ringscope.analysis.AnalysisQueries;
import ringscope.analysis.AnalysisService;
import ringscope.casework.CaseworkService;
import ringscope.casework.CommitHook;
import ringscope.importer.Fixtures;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.CaseStatus;
import ringscope.model.ClusterParameters;
import ringscope.model.ClusterSummary;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * Test helper: the tiny fixture imported into a temp-dir case by the real importer, analysed (clusters of 2 allowed),
 * with casework done through the real service: a tag on the top cluster, a formula-like tag on an account, a note,
 * a classification and a decision.
 */
public final class ExportedCase implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    public final CaseStore store;
    public final CaseworkService casework;
    final AnalysisQueries analysis;
    public final ClusterSummary cluster;

    public ExportedCase(Path dir) {
        store = CaseStore.create(dir.resolve("tiny-case"));
        new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        AnalysisParameters d = AnalysisParameters.defaults();
        ClusterParameters c = d.clustering();
        AnalysisParameters p = new AnalysisParameters(d.rules(), new ClusterParameters(c.minPairWeight(), 2,
                c.overlapShare(), c.excludedRules()));
        new AnalysisService(store).run("test", p, ProgressSink.NONE, CancelToken.none());
        analysis = new AnalysisQueries(store);
        cluster = analysis.clusters(analysis.latestRun().orElseThrow().id()).get(0);
        AtomicInteger n = new AtomicInteger();
        casework = new CaseworkService(store, "alice", CLOCK, () -> "id-" + n.incrementAndGet(), CommitHook.NONE);
        Tag reseller = casework.createTag("reseller network", "#D62728", "accounts resold as one");
        casework.tag(reseller.id(), List.of(Target.cluster(cluster.id())));
        Tag formula = casework.createTag("=HYPERLINK(\"http://x\")", "#1F77B4", "");
        casework.tag(formula.id(), List.of(Target.account("acct-001")));
        casework.addNote(Target.cluster(cluster.id()), "Same card, same IP, minutes apart.");
        casework.setClassification("CONFIDENTIAL - LEGAL");
        casework.setCaseStatus(CaseStatus.CONFIRMED, "Resale confirmed by payment evidence.");
    }

    public ExportResult export(Path target, ExportProfile profile) {
        return new CaseFileExporter(store, casework, CLOCK).export(target, profile, ProgressSink.NONE,
                CancelToken.none());
    }

    /** As the window exports: with pictures of the views. */
    public ExportResult export(Path target, ExportProfile profile, ViewImages views) {
        return new CaseFileExporter(store, casework, CLOCK).export(target, profile, views, ProgressSink.NONE,
                CancelToken.none());
    }

    /** Two small real PNGs standing in for the window's graph and timeline pictures. */
    public static ViewImages sampleViews() {
        return new ViewImages(List.of(new ViewImages.ViewImage("graph", "Graph view", png(40, 30, 0xff3465a4), 40, 30),
                new ViewImages.ViewImage("timeline", "Timeline view", png(60, 20, 0xffd62728), 60, 20)), List.of());
    }

    private static byte[] png(int w, int h, int argb) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < w; x++) {
            image.setRGB(x, x * h / w, argb);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        store.close();
    }
}
