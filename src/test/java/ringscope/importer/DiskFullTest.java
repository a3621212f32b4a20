package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import ringscope.bench.ImportBenchmark;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/**
 * RELIABILITY.md F6 for real: the case lives on a tiny tmpfs that fills up during an import. H2 closes the database
 * after the failed write; the import must still end as a FAILED report saying the disk is full (before the fix a
 * "database has been closed" {@code CaseStoreException} escaped {@code importDataset}), and once space is freed the
 * case reopens with its data as before and the run marked FAILED (or INTERRUPTED if H2 had closed the database). Linux only, and skipped where a tmpfs cannot
 * be mounted (needs root, as on the CI machine).
 */
@EnabledOnOs(OS.LINUX)
class DiskFullTest {
    @TempDir
    Path tmp;

    private Path mounted;

    private static boolean run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    @Test
    void diskFullDuringImportFailsClearlyAndTheCaseReopensUnchanged() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", small.toString()),
                "cannot mount a tmpfs here (needs root)");
        mounted = small;
        Path dataset = tmp.resolve("big");
        ImportBenchmark.writeDataset(dataset, 120_000, 500);
        Path caseDir = small.resolve("case");
        String before;
        try (CaseStore store = CaseStore.create(caseDir)) {
            ImportReport first = new ImportService(store).importDataset(Fixtures.dataset("tiny"),
                    ImportOptions.defaults(), ProgressSink.NONE, CancelToken.none());
            assertThat(first.status()).isEqualTo(ImportStatus.COMPLETE);
            before = CaseDump.of(store);

            ImportReport full = new ImportService(store).importDataset(dataset, ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());

            assertThat(full.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(full.message()).containsIgnoringCase("disk").containsIgnoringCase("full");
        }
        // the user frees some space
        assertThat(run("mount", "-o", "remount,size=64m", small.toString())).isTrue();
        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(CaseDump.of(store)).isEqualTo(before);
            // FAILED when the failure could still be recorded (staged rows are committed apart, so H2 usually keeps
            // the database open), INTERRUPTED when H2 had closed it; either way nothing of the run is kept
            var runs = new CaseOverviewRepository(store).importRuns();
            assertThat(runs).hasSize(2);
            assertThat(runs.get(0).status()).isEqualTo(ImportStatus.COMPLETE);
            assertThat(runs.get(1).status()).isIn(ImportStatus.FAILED, ImportStatus.INTERRUPTED);
        }
    }
}
