package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.bench.ImportBenchmark;
import ringscope.model.ImportStatus;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/**
 * RELIABILITY.md F1/F2: a child JVM imports and is killed with SIGKILL (destroyForcibly); on reopen the case holds
 * either nothing of the import (killed mid-way: the run is INTERRUPTED) or all of it (killed after COMPLETE).
 */
class KillHarnessTest {
    @TempDir
    Path tmp;

    private static Process child(Path caseDir, Path dataset) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), ImportChild.class.getName(), caseDir.toString(),
                dataset.toString()).redirectErrorStream(true).start();
    }

    @Test
    void killedMidImportLeavesNoRowsAndAnInterruptedRun() throws Exception {
        Path dataset = tmp.resolve("ds");
        ImportBenchmark.writeDataset(dataset, 60_000, 500);
        for (int trial = 0; trial < 3; trial++) {
            Path caseDir = tmp.resolve("case" + trial);
            long killAt = 10_000L * (trial + 1);
            Process p = child(caseDir, dataset);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PROGRESS interactions.csv") && Long.parseLong(line.substring(line.lastIndexOf(' ')
                        + 1)) >= killAt) {
                    p.destroyForcibly().waitFor();
                    killed = true;
                    break;
                }
            }
            assertThat(killed).as("child reached %d rows before finishing", killAt).isTrue();

            try (CaseStore store = CaseStore.open(caseDir)) {
                for (String table : CaseDump.DATA_TABLES) {
                    assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
                }
                assertThat(new CaseOverviewRepository(store).importRuns()).extracting(r -> r.status())
                        .containsExactly(ImportStatus.INTERRUPTED);
            }
        }
    }

    @Test
    void killedRightAfterCompleteKeepsTheWholeImport() throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            Path caseDir = tmp.resolve("done" + trial);
            Process p = child(caseDir, Fixtures.dataset("tiny"));
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("COMPLETE")) {
                assertThat(line).doesNotStartWith("FAILED");
            }
            p.destroyForcibly().waitFor();
            assertThat(line).isEqualTo("COMPLETE");

            try (CaseStore store = CaseStore.open(caseDir)) {
                assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(12);
                assertThat(new CaseOverviewRepository(store).importRuns()).extracting(r -> r.status())
                        .containsExactly(ImportStatus.COMPLETE);
            }
        }
    }
}
