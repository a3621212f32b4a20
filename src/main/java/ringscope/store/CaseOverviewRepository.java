package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ringscope.model.FileReport;
import ringscope.model.ImportRunSummary;
import ringscope.model.ImportStatus;
import ringscope.model.RejectReason;
import ringscope.model.Rejection;
import ringscope.model.SourceFileInfo;
import ringscope.model.TableCount;

/** Read-only queries behind the case overview: table counts, import history, source files, quarantined rows. */
public final class CaseOverviewRepository {
    static final List<String> TABLES = List.of(
            "account", "interaction", "payment", "ip_info", "event", "activity_bucket", "account_term", "term",
            "source_file", "import_run", "rejection");

    private final CaseStore store;

    public CaseOverviewRepository(CaseStore store) {
        this.store = store;
    }

    public List<TableCount> tableCounts() {
        List<TableCount> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.add(new TableCount(t, rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public List<ImportRunSummary> importRuns() {
        String sql = "SELECT id, dataset, started_ms, finished_ms, status, message, rows_read, rows_imported,"
                + " rows_rejected, rows_duplicate FROM import_run ORDER BY id";
        List<ImportRunSummary> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long finished = rs.getLong(4);
                out.add(new ImportRunSummary(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.wasNull() ? -1 : finished,
                        ImportStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public List<SourceFileInfo> sourceFiles() {
        String sql = "SELECT f.id, f.import_run_id, r.status, f.file_name, f.kind, f.format, f.sha256, f.size_bytes,"
                + " f.rows_read, f.rows_imported, f.rows_rejected, f.rows_duplicate, f.rows_blank, f.bom_present,"
                + " f.ignored_columns FROM source_file f JOIN import_run r ON r.id = f.import_run_id ORDER BY f.id";
        List<SourceFileInfo> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String ignored = rs.getString(15);
                FileReport report = new FileReport(
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                        rs.getBoolean(14), ignored.isEmpty() ? List.of() : Arrays.asList(ignored.split(",")));
                out.add(new SourceFileInfo(
                        rs.getLong(1), rs.getLong(2), ImportStatus.valueOf(rs.getString(3)), report));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public long rejectionCount(long importRunId) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rejection WHERE import_run_id = ?")) {
            ps.setLong(1, importRunId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Quarantined rows of a run in file and line order, one page at a time. */
    public List<Rejection> rejections(long importRunId, int offset, int limit) {
        String sql = "SELECT f.file_name, j.line_no, j.byte_offset, j.reason, j.detail, j.raw_excerpt FROM rejection j"
                + " JOIN source_file f ON f.id = j.source_file_id WHERE j.import_run_id = ?"
                + " ORDER BY j.source_file_id, j.line_no, j.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<Rejection> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, importRunId);
            ps.setInt(2, offset);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rejection(
                            rs.getString(1), rs.getLong(2), rs.getLong(3), RejectReason.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
