package ringscope.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * Prints the detection table for a generated dataset (a tool, not a test):
 * {@code DetectionReport <dataset> <case-folder>}. Imports the dataset into the case folder unless a case is already
 * there, runs the analysis with default parameters (timed, steps listed) and compares with answer-key.json.
 */
public final class DetectionReport {
    private DetectionReport() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path caseFolder = Path.of(args[1]);
        boolean fresh = !Files.exists(caseFolder.resolve(CaseStore.DB_NAME + ".mv.db"));
        try (CaseStore store = CaseStore.openOrCreate(caseFolder)) {
            long t0 = System.nanoTime();
            if (fresh) {
                new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                        CancelToken.none());
            }
            long t1 = System.nanoTime();
            AnalysisRun run = new AnalysisService(store).run("report", AnalysisParameters.defaults(),
                    ProgressSink.NONE, CancelToken.none());
            long t2 = System.nanoTime();
            System.out.printf("%s: import %.1f s, analysis %.1f s, %,d links, %,d clusters, heap used %d MB%n", data,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, run.info().links(), run.info().clusters(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            run.steps().forEach(s -> System.out.printf("    %-24s %,8d ms%n", s.step(), s.millis()));
            AnalysisQueries q = new AnalysisQueries(store);
            for (DetectionEvaluator.Match m : DetectionEvaluator.evaluate(q, run.id(), data.resolve("answer-key.json"))) {
                System.out.printf("| %s | %s | %d | %.2f | %.2f | %.2f | %d | %d |%n", m.planted(), m.kind(), m.size(),
                        m.precision(), m.recall(), m.score(), m.rank(), m.foundSize());
            }
        }
    }
}
