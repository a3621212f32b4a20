package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountScope;
import ringscope.model.TermCount;
import ringscope.model.TermKind;
import ringscope.model.TimeRange;
import ringscope.model.TimelineRow;

/**
 * Raw interactions behind the timeline: a page of the rows in a bar (with source file and line), the rows just before
 * and after one row of the same account ("show context"), and counts per model, category or status. Raw reads go
 * through the {@code (account_ref, ts_ms)} index; counts over the whole span come from {@code account_term}. Any
 * thread; each call uses its own connection.
 */
public final class TimelineRows {
    private static final Map<TermKind, String> TERM_COLUMN = Map.of(
            TermKind.MODEL, "model_ref", TermKind.CATEGORY, "category_ref", TermKind.STATUS, "status_ref");
    private static final String COLUMNS = "SELECT i.row_id, i.ts_ms, i.account_ref, a.account_id,"
            + " COALESCE(m.term_value, ''), COALESCE(c.term_value, ''), COALESCE(s.term_value, ''), i.input_tokens,"
            + " i.output_tokens, f.file_name, i.line_no";
    private static final String JOINS = " JOIN account a ON a.id = i.account_ref"
            + " JOIN source_file f ON f.id = i.source_file_id LEFT JOIN term m ON m.id = i.model_ref"
            + " LEFT JOIN term c ON c.id = i.category_ref LEFT JOIN term s ON s.id = i.status_ref";
    private static final String SELECT_ROWS = COLUMNS + " FROM interaction i" + JOINS;

    private final CaseStore store;

    public TimelineRows(CaseStore store) {
        this.store = store;
    }

    /** One page of the interactions of {@code scope} in {@code range}, in time order. */
    public List<TimelineRow> page(AccountScope scope, TimeRange range, int offset, int limit) {
        String sql = COLUMNS + TimelineQueries.from("interaction", "i", scope) + JOINS
                + " WHERE i.ts_ms >= ? AND i.ts_ms < ? ORDER BY i.ts_ms, i.row_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        return query(sql, ps -> {
            int next = TimelineQueries.bindAccounts(ps, 1, scope);
            ps.setLong(next, range.fromMs());
            ps.setLong(next + 1, range.toMs());
            ps.setInt(next + 2, offset);
            ps.setInt(next + 3, limit);
        });
    }

    /**
     * Up to {@code n} interactions of the same account just before {@code row} and up to {@code n} just after it,
     * with the row itself in the middle, in time order.
     */
    public List<TimelineRow> context(TimelineRow row, int n) {
        List<TimelineRow> before = query(SELECT_ROWS + " WHERE i.account_ref = ? AND (i.ts_ms < ? OR (i.ts_ms = ?"
                + " AND i.row_id < ?)) ORDER BY i.ts_ms DESC, i.row_id DESC FETCH FIRST ? ROWS ONLY",
                ps -> bindContext(ps, row, n));
        List<TimelineRow> after = query(SELECT_ROWS + " WHERE i.account_ref = ? AND (i.ts_ms > ? OR (i.ts_ms = ?"
                + " AND i.row_id > ?)) ORDER BY i.ts_ms, i.row_id FETCH FIRST ? ROWS ONLY",
                ps -> bindContext(ps, row, n));
        List<TimelineRow> out = new ArrayList<>(before);
        Collections.reverse(out);
        out.add(row);
        out.addAll(after);
        return out;
    }

    private static void bindContext(PreparedStatement ps, TimelineRow row, int n) throws SQLException {
        ps.setInt(1, row.accountRef());
        ps.setLong(2, row.tsMs());
        ps.setLong(3, row.tsMs());
        ps.setLong(4, row.rowId());
        ps.setInt(5, n);
    }

    /**
     * Interactions per value of {@code kind} (model, category or status) for {@code scope}, most first. With a range
     * the raw rows in it are counted (keep it small); without one, the whole span from {@code account_term}, which
     * holds models and categories but not statuses: a status breakdown needs a range. The whole case's models and
     * categories come from {@code term_total} while it is current ({@link ActivitySeries}).
     */
    public List<TermCount> termCounts(AccountScope scope, TermKind kind, TimeRange rangeOrNull) {
        String column = TERM_COLUMN.get(kind);
        if (column == null || (kind == TermKind.STATUS && rangeOrNull == null)) {
            throw new IllegalArgumentException("no breakdown by " + kind + (rangeOrNull == null ? " without a range" : ""));
        }
        String sql = rangeOrNull == null
                // for a set, LEFT JOIN keeps H2 from starting at the term table: that plan read every account's rows
                // of each model through account_term_term and matched them against the set (138 s for 2,000
                // accounts); for the whole case that plan is the right one (the LEFT JOIN would scan account_term)
                ? "SELECT t.term_value, SUM(x.interactions) n" + TimelineQueries.from("account_term", "x", scope)
                        + (scope.isWholeCase() ? " JOIN" : " LEFT JOIN") + " term t ON t.id = x.term_ref"
                        + " WHERE t.kind = ? GROUP BY t.term_value ORDER BY n DESC"
                : "SELECT COALESCE(t.term_value, ''), COUNT(*) n" + TimelineQueries.from("interaction", "x", scope)
                        + " LEFT JOIN term t ON t.id = x." + column + " WHERE x.ts_ms >= ? AND x.ts_ms < ?"
                        + " GROUP BY t.term_value ORDER BY n DESC";
        List<TermCount> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            if (rangeOrNull == null && scope.isWholeCase() && ActivitySeries.isCurrent(c)) {
                sql = "SELECT t.term_value, x.interactions n FROM term_total x JOIN term t ON t.id = x.term_ref"
                        + " WHERE x.kind = ? ORDER BY n DESC";
            }
            termCounts(c, sql, scope, kind, rangeOrNull, out);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    private static void termCounts(Connection c, String sql, AccountScope scope, TermKind kind, TimeRange rangeOrNull,
            List<TermCount> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = TimelineQueries.bindAccounts(ps, 1, scope);
            if (rangeOrNull == null) {
                ps.setString(next, kind.code());
            } else {
                ps.setLong(next, rangeOrNull.fromMs());
                ps.setLong(next + 1, rangeOrNull.toMs());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TermCount(kind, rs.getString(1), rs.getLong(2)));
                }
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<TimelineRow> query(String sql, Binder binder) {
        List<TimelineRow> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimelineRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                            rs.getString(10), rs.getLong(11)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
