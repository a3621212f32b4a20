package ringscope.analysis;

import java.nio.file.Path;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * Prints the detection table for any generated dataset (not a test): {@code DetectionReport <dataset> <workdir>}.
 * Imports, analyses (timed) and compares with the dataset's answer-key.json.
 */
public final class DetectionReport {
    private DetectionReport() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (CaseStore store = CaseStore.create(Path.of(args[1]).resolve("case-" + System.nanoTime()))) {
            long t0 = System.nanoTime();
            new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            long t1 = System.nanoTime();
            long run = new AnalysisService(store).run("report", AnalysisParameters.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            long t2 = System.nanoTime();
            System.out.printf("%s: import %.1f s, analysis %.1f s%n", data, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            for (DetectionTest.Match m : DetectionTest.evaluate(store, run, data.resolve("answer-key.json"))) {
                System.out.printf("| %s | %s | %.2f | %.2f | %.2f | %d |%n", m.planted(), m.kind(), m.precision(),
                        m.recall(), m.score(), m.rank());
            }
        }
    }
}
