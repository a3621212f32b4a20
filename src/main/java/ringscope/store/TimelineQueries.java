package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import ringscope.model.AccountScope;
import ringscope.model.ActivityCell;
import ringscope.model.EventRecord;
import ringscope.model.HistogramBin;
import ringscope.model.TimeRange;

/**
 * Time-series reads for the timeline: binned activity from the hourly aggregate ({@code activity_bucket}), binned
 * activity from raw interactions (for bins finer than an hour, through the {@code (account_ref, ts_ms)} index), hourly
 * cells per account, and external events. Raw-row listings live in {@link TimelineRows}.
 *
 * <p>Every query takes an {@link AccountScope}: the whole case has no account filter, a set becomes
 * {@code account_ref = ANY(?)} (an index condition in H2). Any thread; each call uses its own connection.
 */
public final class TimelineQueries {
    private static final long HOUR_MS = 3_600_000L;

    private final CaseStore store;

    public TimelineQueries(CaseStore store) {
        this.store = store;
    }

    /**
     * Activity of {@code scope} in {@code range} summed into bins of {@code binMs} starting at {@code range.fromMs()},
     * from the hourly aggregate. {@code binMs} must be a whole number of hours and {@code range.fromMs()} hour-aligned;
     * empty bins are omitted. Sorted by start.
     */
    public List<HistogramBin> hourlyBins(AccountScope scope, TimeRange range, long binMs) {
        String sql = "SELECT (bucket_ms - ?) / ? AS bin, SUM(interactions), SUM(input_tokens), SUM(output_tokens)"
                + " FROM activity_bucket WHERE bucket_ms >= ? AND bucket_ms < ?" + accountFilter(scope)
                + " GROUP BY bin ORDER BY bin";
        return bins(sql, scope, range, binMs);
    }

    /**
     * Like {@link #hourlyBins} but counted from raw interactions, for any {@code binMs} (minutes). Reads every raw row
     * of the scope in the range: callers keep the scope and range small (see {@link #estimateRows}).
     */
    public List<HistogramBin> rawBins(AccountScope scope, TimeRange range, long binMs) {
        String sql = "SELECT (ts_ms - ?) / ? AS bin, COUNT(*), SUM(input_tokens), SUM(output_tokens)"
                + " FROM interaction WHERE ts_ms >= ? AND ts_ms < ?" + accountFilter(scope)
                + " GROUP BY bin ORDER BY bin";
        return bins(sql, scope, range, binMs);
    }

    private List<HistogramBin> bins(String sql, AccountScope scope, TimeRange range, long binMs) {
        List<HistogramBin> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, range.fromMs());
            ps.setLong(2, binMs);
            ps.setLong(3, range.fromMs());
            ps.setLong(4, range.toMs());
            bindAccounts(ps, 5, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistogramBin(range.fromMs() + rs.getLong(1) * binMs, rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Number of raw interactions of {@code scope} in {@code range}, counted from the hourly aggregate (whole hours). */
    public long estimateRows(AccountScope scope, TimeRange range) {
        String sql = "SELECT COALESCE(SUM(interactions), 0) FROM activity_bucket WHERE bucket_ms >= ? AND bucket_ms < ?"
                + accountFilter(scope);
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, range.fromMs() - range.fromMs() % HOUR_MS);
            ps.setLong(2, range.toMs());
            bindAccounts(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Hourly cells of every account of {@code scope} in {@code range}, ordered by account, then hour. */
    public List<ActivityCell> hourlyCells(AccountScope scope, TimeRange range) {
        String sql = "SELECT account_ref, bucket_ms, interactions, input_tokens, output_tokens FROM activity_bucket"
                + " WHERE bucket_ms >= ? AND bucket_ms < ?" + accountFilter(scope) + " ORDER BY account_ref, bucket_ms";
        List<ActivityCell> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, range.fromMs());
            ps.setLong(2, range.toMs());
            bindAccounts(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActivityCell(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /**
     * First and last activity of the case (or of {@code scope}) from the account totals, as a range ending just after
     * the last interaction; empty when nothing was imported.
     */
    public java.util.Optional<TimeRange> span(AccountScope scope) {
        String sql = "SELECT MIN(first_ms), MAX(last_ms) FROM account WHERE first_ms IS NOT NULL"
                + accountFilter(scope).replace("account_ref", "id");
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bindAccounts(ps, 1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                return rs.wasNull() ? java.util.Optional.empty()
                        : java.util.Optional.of(new TimeRange(first, rs.getLong(2) + 1));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Every external event (model releases, bans, suspensions) in time order; accountRef 0 when none. */
    public List<EventRecord> events() {
        String sql = "SELECT id, ts_ms, kind, label, COALESCE(account_ref, 0), source_file_id, line_no FROM event"
                + " ORDER BY ts_ms, id";
        List<EventRecord> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EventRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getLong(7)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    static String accountFilter(AccountScope scope) {
        return scope.isWholeCase() ? "" : " AND account_ref = ANY(?)";
    }

    static void bindAccounts(PreparedStatement ps, int index, AccountScope scope) throws SQLException {
        if (!scope.isWholeCase()) {
            Integer[] boxed = new Integer[scope.refs().length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = scope.refs()[i];
            }
            ps.setObject(index, boxed);
        }
    }
}
