package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * RELIABILITY.md E10 as a Jazzer property over whole imports into a real case: for any interactions file the import
 * ends COMPLETE or FAILED (never an exception), {@code read = imported + rejected + duplicates} holds per file and for
 * the run row, exactly {@code imported} interaction rows and {@code rejected} rejection rows were added, and a FAILED
 * import added no evidence at all. Byte 0 picks the file: {@code '0'} native CSV, {@code '1'} native JSON Lines,
 * {@code '2'} a CSV through the generic mapping profile, {@code '3'} JSON Lines through the generic profile.
 */
@Tag("fuzz")
class ImportFuzzTest {
    private static CaseStore store;
    private static int datasets;

    private static ProfileLibrary profiles;

    /** The fuzzed case, created once per JVM with account {@code a1} that the seeds' rows refer to. */
    private static CaseStore store() throws IOException {
        if (store == null) {
            store = CaseStore.create(FuzzFiles.dir().resolve("case"));
            profiles = new ProfileLibrary(FuzzFiles.dir().resolve("profiles"));
            Path base = Files.createDirectories(FuzzFiles.dir().resolve("base"));
            Files.writeString(base.resolve("accounts.csv"), BadInputTest.ACCOUNTS, StandardCharsets.UTF_8);
            Files.writeString(base.resolve("interactions.csv"), BadInputTest.HEADER, StandardCharsets.UTF_8);
            ImportReport r = new ImportService(store).importDataset(base, ImportOptions.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
        }
        return store;
    }

    @AfterAll
    static void closeCase() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @FuzzTest(maxDuration = ReaderFuzzTest.MAX_DURATION, maxExecutions = ReaderFuzzTest.MAX_EXECUTIONS)
    void wholeImportReconciles(byte[] data) throws Exception {
        if (data.length == 0) {
            return;
        }
        int mode = (data[0] - '0') & 3;
        byte[] file = Arrays.copyOfRange(data, 1, data.length);
        long[] before = counts();
        long interactionsBefore = before[0];
        long accountsBefore = before[1];
        long rejectionsBefore = before[2];
        ImportService service = new ImportService(store());
        ImportOptions options = new ImportOptions(true, ImportOptions.DEFAULT_MAX_FILE_BYTES);
        ImportReport r = mode < 2 ? service.importDataset(dataset(file, mode == 0 ? "csv" : "jsonl"), options,
                ProgressSink.NONE, CancelToken.none())
                : service.importMapped(FuzzFiles.write("mapped." + (mode == 2 ? "csv" : "jsonl"), file),
                        profiles.find(mode == 2 ? "generic-csv" : "generic-jsonl"), options,
                        ProgressSink.NONE, CancelToken.none());

        assertThat(r.status()).isIn(ImportStatus.COMPLETE, ImportStatus.FAILED);
        assertThat(r.message()).isNotBlank();
        for (FileReport f : r.files()) {
            assertThat(f.read()).isEqualTo(f.imported() + f.rejected() + f.duplicates());
        }
        long[] after = counts();
        if (r.status() == ImportStatus.COMPLETE) {
            assertThat(runCounts(r.runId())).containsExactly(r.read(), r.imported(), r.rejected(), r.duplicates());
            assertThat(after[0] - interactionsBefore).isEqualTo(r.imported() - accountsImported(r));
            assertThat(after[2] - rejectionsBefore).isEqualTo(r.rejected());
        } else {
            assertThat(after[0]).as(r.message()).isEqualTo(interactionsBefore);
            assertThat(after[1]).as(r.message()).isEqualTo(accountsBefore);
        }
    }

    /** Rows imported from accounts.csv (native mode): they are accounts, not interactions. */
    private static long accountsImported(ImportReport r) {
        return r.files().stream().filter(f -> !f.kind().equals("interactions")).mapToLong(FileReport::imported).sum();
    }

    private static Path dataset(byte[] interactions, String ext) throws IOException {
        Path dir = Files.createDirectories(FuzzFiles.dir().resolve("ds" + (datasets++ % 2)));
        // every file is deleted, then created: rewriting one in place truncates it, and ext4 then flushes it to disk
        // on close (auto_da_alloc)
        for (String old : new String[] {"accounts.csv", "interactions.csv", "interactions.jsonl"}) {
            Files.deleteIfExists(dir.resolve(old));
        }
        // a fresh account id per run so the accounts file never collides with an earlier import
        String account = "fuzz" + datasets;
        Files.writeString(dir.resolve("accounts.csv"), BadInputTest.ACCOUNTS.replace("\na1,", "\n" + account + ","),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("interactions." + ext), interactions);
        return dir;
    }

    /**
     * Rows in interaction, account and rejection, read in one statement on one connection (the harness used to open a
     * connection per number: nine per input, none of it code under test).
     */
    private static long[] counts() throws SQLException, IOException {
        return row("SELECT (SELECT COUNT(*) FROM interaction), (SELECT COUNT(*) FROM account), "
                + "(SELECT COUNT(*) FROM rejection)", 3);
    }

    private static long[] runCounts(long runId) throws SQLException, IOException {
        return row("SELECT rows_read, rows_imported, rows_rejected, rows_duplicate FROM import_run WHERE id = "
                + runId, 4);
    }

    /** The first row of {@code sql} as {@code n} numbers. */
    private static long[] row(String sql, int n) throws SQLException, IOException {
        try (Connection c = store().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = rs.getLong(i + 1);
            }
            return out;
        }
    }
}
