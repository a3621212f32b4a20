package ringscope.analysis;

import java.nio.file.Path;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/** The set-up many tests share: a bundled dataset under {@code datasets/} imported into a case and analysed once. */
public final class AnalysedDatasets {
    private AnalysedDatasets() {}

    /** Imports {@code datasets/<dataset>} into {@code store} and runs the analysis with the default parameters. */
    public static AnalysisRun importAndAnalyse(CaseStore store, String dataset, String runName) {
        new ImportService(store).importDataset(Path.of("datasets", dataset), ImportOptions.defaults(),
                ProgressSink.NONE, CancelToken.none());
        return new AnalysisService(store).run(runName, AnalysisParameters.defaults(), ProgressSink.NONE,
                CancelToken.none());
    }
}
