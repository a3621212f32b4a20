package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;

/**
 * The staging tables of an import (ADR 0002 revised): same shape as their targets, promoted by swapping names into an
 * empty case and by chunked MERGE into a non-empty one, and every state a crash can leave is repaired at open.
 */
class ImportStagingTest {
    @TempDir
    Path tmp;

    @Test
    void everyStagingTableHasExactlyTheColumnsAndKeyOfItsTarget() throws SQLException {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"));
                Connection c = store.connect()) {
            for (ImportStaging.Staged t : ImportStaging.ALL) {
                assertThat(shape(c, t.stage())).as(t.stage()).isEqualTo(shape(c, t.target())).isNotEmpty();
                assertThat(primaryKey(c, t.stage())).as(t.stage() + " key").isEqualTo(primaryKey(c, t.target()))
                        .isNotEmpty();
            }
        }
    }

    @Test
    void aFirstImportEndsWithItsRowsInTheTargetsEmptyStagesAndTheIndexesBuilt() throws SQLException {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            ImportReport r = importTiny(store, false);
            assertThat(r.status()).isEqualTo(ImportStatus.COMPLETE);
            try (Connection c = store.connect()) {
                long interactions = r.files().stream().filter(f -> f.fileName().startsWith("interactions"))
                        .mapToLong(ringscope.model.FileReport::imported).sum();
                assertThat(interactions).isPositive();
                assertThat(count(c, "interaction")).isEqualTo(interactions);
                assertThat(count(c, "activity_bucket")).isPositive();
                assertThat(count(c, "account_term")).isPositive();
                for (ImportStaging.Staged t : ImportStaging.ALL) {
                    assertThat(count(c, t.stage())).as(t.stage()).isZero();
                }
                assertThat(indexes(c, "INTERACTION")).contains("INTERACTION_ACCOUNT_TS");
                assertThat(indexes(c, "INTERACTION_STAGE")).doesNotContain("INTERACTION_ACCOUNT_TS");
                assertThat(status(c, r.runId())).isEqualTo("COMPLETE");
            }
        }
    }

    @Test
    void aSecondImportIsMergedIntoTheRowsAlreadyThere() throws SQLException {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            importTiny(store, false);
            long before;
            try (Connection c = store.connect()) {
                before = count(c, "interaction");
            }
            ImportReport again = importTiny(store, true);
            assertThat(again.status()).isEqualTo(ImportStatus.COMPLETE);
            try (Connection c = store.connect()) {
                // same interaction ids again: identical rows are duplicates, nothing new is stored
                assertThat(count(c, "interaction")).isEqualTo(before);
                assertThat(count(c, "interaction_stage")).isZero();
            }
        }
    }

    @Test
    void mergeIntoANonEmptyTargetWorksInChunksAndCanBeRepeated() throws SQLException {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            importTiny(store, false);
            try (Connection c = store.connect()) {
                long before = count(c, "interaction");
                long base = maxRowId(c) + 1;
                // row ids spread over three merge chunks
                long[] ids = {base, base + 1, base + ImportStaging.MERGE_CHUNK + 5, base + 2 * ImportStaging.MERGE_CHUNK};
                for (long id : ids) {
                    stageInteraction(c, id);
                }
                ImportStaging.promote(c);
                assertThat(count(c, "interaction")).isEqualTo(before + ids.length);
                assertThat(count(c, "interaction_stage")).isZero();
                // a crash after the MERGE but before the stage was emptied: promoting again changes nothing
                for (long id : ids) {
                    stageInteraction(c, id);
                }
                ImportStaging.promote(c);
                assertThat(count(c, "interaction")).isEqualTo(before + ids.length);
            }
        }
    }

    @Test
    void aRunCutOffWhileFinishingIsCompletedAtTheNextOpen() throws SQLException {
        Path folder = tmp.resolve("c");
        try (CaseStore store = CaseStore.create(folder);
                Connection c = store.connect()) {
            insertRun(c, 1, "FINISHING");
            stageInteraction(c, 1);
            stageInteraction(c, 2);
        }
        try (CaseStore store = CaseStore.open(folder);
                Connection c = store.connect()) {
            assertThat(count(c, "interaction")).isEqualTo(2);
            assertThat(count(c, "interaction_stage")).isZero();
            assertThat(status(c, 1)).isEqualTo("COMPLETE");
            assertThat(indexes(c, "INTERACTION")).contains("INTERACTION_ACCOUNT_TS");
        }
    }

    @Test
    void aSwapCutOffAfterItsFirstRenameIsFinishedAtTheNextOpen() throws SQLException {
        Path folder = tmp.resolve("c");
        try (CaseStore store = CaseStore.create(folder);
                Connection c = store.connect();
                Statement s = c.createStatement()) {
            insertRun(c, 1, "FINISHING");
            stageInteraction(c, 1);
            s.execute("DROP INDEX IF EXISTS interaction_account_ts");
            s.execute("ALTER TABLE interaction RENAME TO interaction_swap");
        }
        try (CaseStore store = CaseStore.open(folder);
                Connection c = store.connect()) {
            assertThat(count(c, "interaction")).isEqualTo(1);
            assertThat(count(c, "interaction_stage")).isZero();
            assertThat(tableExists(c, "INTERACTION_SWAP")).isFalse();
            assertThat(status(c, 1)).isEqualTo("COMPLETE");
        }
    }

    @Test
    void stagedRowsOfARunThatNeverFinishedAreDeletedAtTheNextOpen() throws SQLException {
        Path folder = tmp.resolve("c");
        try (CaseStore store = CaseStore.create(folder);
                Connection c = store.connect()) {
            insertRun(c, 1, "RUNNING");
            stageInteraction(c, 1);
        }
        try (CaseStore store = CaseStore.open(folder);
                Connection c = store.connect()) {
            assertThat(count(c, "interaction")).isZero();
            assertThat(count(c, "interaction_stage")).isZero();
            assertThat(status(c, 1)).isEqualTo("INTERRUPTED");
        }
    }

    @Test
    void aCancelledImportLeavesNoStagedRows() throws SQLException {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            CancelToken cancel = new CancelToken();
            ImportReport r = new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(),
                    p -> {
                        if (p.stage().contains("interactions")) {
                            cancel.cancel();
                        }
                    }, cancel);
            assertThat(r.status()).isEqualTo(ImportStatus.CANCELLED);
            try (Connection c = store.connect()) {
                for (ImportStaging.Staged t : ImportStaging.ALL) {
                    assertThat(count(c, t.stage())).isZero();
                    assertThat(count(c, t.target())).isZero();
                }
            }
        }
    }

    private static ImportReport importTiny(CaseStore store, boolean again) {
        return new ImportService(store).importDataset(Fixtures.dataset("tiny"),
                new ImportOptions(again, ImportOptions.defaults().maxFileBytes()), ProgressSink.NONE,
                CancelToken.none());
    }

    private static void insertRun(Connection c, long id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_run (id, dataset, started_ms, status) VALUES (?, 'test', 0, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, status);
            ps.executeUpdate();
        }
    }

    private static void stageInteraction(Connection c, long rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction_stage (row_id, interaction_id, ts_ms,"
                + " account_ref, input_tokens, output_tokens, source_file_id, line_no) VALUES (?, ?, 0, 1, 1, 1, 1, ?)")) {
            ps.setLong(1, rowId);
            ps.setString(2, "staged-" + rowId);
            ps.setLong(3, rowId);
            ps.executeUpdate();
        }
    }

    private static List<String> shape(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
                + " NUMERIC_PRECISION, IS_NULLABLE, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE"
                + " TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table.toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getString(5) + " " + rs.getString(6));
                }
            }
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " AND k.TABLE_NAME = t.TABLE_NAME WHERE t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + " ORDER BY k.ORDINAL_POSITION")) {
            ps.setString(1, table.toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> indexes(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long maxRowId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(row_id) FROM interaction")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String status(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM import_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
