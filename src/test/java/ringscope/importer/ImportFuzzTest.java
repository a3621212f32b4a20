package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseDump;
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
        long interactionsBefore = count("interaction");
        long accountsBefore = count("account");
        long rejectionsBefore = count("rejection");
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
        if (r.status() == ImportStatus.COMPLETE) {
            assertThat(runCounts(r.runId())).containsExactly(r.read(), r.imported(), r.rejected(), r.duplicates());
            assertThat(count("interaction") - interactionsBefore).isEqualTo(r.imported() - accountsImported(r));
            assertThat(count("rejection") - rejectionsBefore).isEqualTo(r.rejected());
        } else {
            assertThat(count("interaction")).as(r.message()).isEqualTo(interactionsBefore);
            assertThat(count("account")).as(r.message()).isEqualTo(accountsBefore);
        }
    }

    /** Rows imported from accounts.csv (native mode): they are accounts, not interactions. */
    private static long accountsImported(ImportReport r) {
        return r.files().stream().filter(f -> !f.kind().equals("interactions")).mapToLong(FileReport::imported).sum();
    }

    private static Path dataset(byte[] interactions, String ext) throws IOException {
        Path dir = Files.createDirectories(FuzzFiles.dir().resolve("ds" + (datasets++ % 2)));
        for (String old : new String[] {"interactions.csv", "interactions.jsonl"}) {
            Files.deleteIfExists(dir.resolve(old));
        }
        // a fresh account id per run so the accounts file never collides with an earlier import
        String account = "fuzz" + datasets;
        Files.writeString(dir.resolve("accounts.csv"), BadInputTest.ACCOUNTS.replace("\na1,", "\n" + account + ","),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("interactions." + ext), interactions);
        return dir;
    }

    private static long count(String table) throws SQLException, IOException {
        return CaseDump.count(store(), "SELECT COUNT(*) FROM " + table);
    }

    private static long[] runCounts(long runId) throws SQLException, IOException {
        String cols = "rows_read, rows_imported, rows_rejected, rows_duplicate";
        long[] out = new long[4];
        String[] names = cols.split(", ");
        for (int i = 0; i < 4; i++) {
            out[i] = CaseDump.count(store(), "SELECT " + names[i] + " FROM import_run WHERE id = " + runId);
        }
        return out;
    }
}
