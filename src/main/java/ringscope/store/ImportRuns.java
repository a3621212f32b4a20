package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ringscope.model.ImportStatus;
import ringscope.model.Rejection;
import ringscope.model.SourceFileRecord;

/**
 * The import_run lifecycle outside the import's own transaction: a run is committed as RUNNING before any data is
 * written, so a crash leaves a trace; at the next open such runs are marked INTERRUPTED (their data was rolled back
 * by H2 with the uncommitted transaction). A failed or cancelled run is recorded after the rollback.
 */
public final class ImportRuns {
    private final CaseStore store;

    public ImportRuns(CaseStore store) {
        this.store = store;
    }

    /** Commits a new RUNNING run and returns its id. */
    public long start(String dataset, long startedMs) {
        try (Connection c = store.connect()) {
            long id;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM import_run")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO import_run (id, dataset, started_ms, status) VALUES (?, ?, ?, 'RUNNING')")) {
                ps.setLong(1, id);
                ps.setString(2, dataset);
                ps.setLong(3, startedMs);
                ps.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * Call once right after opening a case, before anything reads it: rolls forward runs that a crash left FINISHING
     * (their staged rows are promoted), deletes the staged rows of any other run, and marks runs left RUNNING as
     * INTERRUPTED; returns how many were marked.
     */
    public int markInterrupted() {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            ImportStaging.recover(c);
            return s.executeUpdate("UPDATE import_run SET status = 'INTERRUPTED', message = 'The program stopped during "
                    + "the import; nothing of it was kept. Import the dataset again.' WHERE status = 'RUNNING'");
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * Records the end of a run that did not complete, in its own transaction: status, message, the file reports as
     * far as reading got, and the first quarantined rows (so the user can see why it failed). Returns false, and writes
     * nothing, when the run had already reached FINISHING: its rows are kept and the next open completes it.
     */
    public boolean finishUnsuccessful(long runId, ImportStatus status, String message, long finishedMs,
            List<SourceFileRecord> files, List<RejectionAt> rejections) {
        try (Connection c = store.connect()) {
            return Transactions.inOne(c, () -> {
                if (isFinishing(c, runId)) {
                    // its rows are committed and only their promotion failed: the next open finishes it (ImportStaging)
                    return false;
                }
                ImportTransaction.insertSourceFiles(c, files);
                ImportTransaction.insertRejections(c, runId, rejections);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE import_run SET status = ?, message = ?, finished_ms = ? WHERE id = ?")) {
                    ps.setString(1, status.name());
                    ps.setString(2, message);
                    ps.setLong(3, finishedMs);
                    ps.setLong(4, runId);
                    ps.executeUpdate();
                }
                return true;
            });
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static boolean isFinishing(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM import_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals("FINISHING");
            }
        }
    }

    /** SHA-256 fingerprints of the source files of completed runs, with the run id that imported them. */
    public List<String[]> importedFingerprints() {
        List<String[]> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT f.sha256, f.file_name, f.import_run_id FROM source_file f"
                        + " JOIN import_run r ON r.id = f.import_run_id WHERE r.status = 'COMPLETE'")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** A rejection with the source file id it belongs to. */
    public record RejectionAt(int sourceFileId, Rejection rejection) {}
}
