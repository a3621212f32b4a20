package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ringscope.model.FileReport;

/**
 * A file whose import stopped part-way (a failure in the reader or the writer, for instance running out of memory at
 * campaign scale) still gets a report whose counts reconcile: rows in flight are not counted as read. Before, the
 * report itself threw "counts do not reconcile" and hid the real cause.
 */
class StoppedReportTest {
    @Test
    void rowsInFlightWhenTheImportStoppedAreNotCountedAsRead() {
        FileCounts c = new FileCounts(new DatasetFiles.SourceFile(FileKind.INTERACTIONS,
                Path.of("interactions.csv.gz"), "csv.gz", 100, "00".repeat(32)), 1);
        c.read = 31_045_809;
        c.imported = 31_045_800;
        c.rejected = 5;
        c.duplicates = 3;
        FileReport r = c.stoppedReport();
        assertThat(r.read()).isEqualTo(31_045_808);
        assertThat(r.read()).isEqualTo(r.imported() + r.rejected() + r.duplicates());
        assertThat(r.rejected()).isEqualTo(5);
        assertThat(r.duplicates()).isEqualTo(3);
    }

    @Test
    void aSettledFileReportsTheSameAsACompleteOne() {
        FileCounts c = new FileCounts(new DatasetFiles.SourceFile(FileKind.INTERACTIONS, Path.of("i.csv"), "csv", 1,
                "00".repeat(32)), 1);
        c.read = 12;
        c.imported = 10;
        c.rejected = 2;
        assertThat(c.stoppedReport()).isEqualTo(c.report());
    }

    @Test
    void runningOutOfMemorySaysSoInPlainWords() {
        assertThat(ImportService.outOfMemory(null)).startsWith("The import ran out of memory after 0 rows")
                .contains("Nothing was kept").contains("-Xmx");
    }
}
