package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/** Generated datasets pass the real importer with zero rejected rows (the generator and importer agree). */
class ImporterAcceptanceTest {
    @TempDir
    Path tmp;

    @Test
    void generatedDatasetImportsWithZeroRejectedRows() throws Exception {
        Scenario scenario = TestDatasets.scenario(TestDatasets.ALL_KINDS).scaled(0.3).withGzip(true);
        GenerationReport generated = new DatasetGenerator().generate(scenario, tmp.resolve("dataset"),
                ProgressSink.NONE, CancelToken.none());
        ImportReport report;
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            report = new ImportService(store).importDataset(generated.folder(), ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());
        }
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.rejected()).isZero();
        assertThat(report.duplicates()).isZero();
        Map<String, Long> imported = report.files().stream()
                .collect(Collectors.toMap(FileReport::fileName, FileReport::imported));
        assertThat(imported).isEqualTo(generated.rows());
    }
}
