package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ringscope.model.AccountScope;
import ringscope.model.EventRecord;
import ringscope.model.HistogramBin;
import ringscope.model.TimeRange;

/**
 * Time-series reads for the timeline: binned activity and hourly cells per account from the packed hourly series
 * ({@link ActivitySeries}, or {@code activity_bucket} while those are being rebuilt), binned activity from raw
 * interactions (for bins finer than an hour, through the {@code (account_ref, ts_ms)} index), and external events.
 * Raw-row listings live in {@link TimelineRows}.
 *
 * <p>Every query takes an {@link AccountScope}: the whole case has no account filter; a set is joined as
 * {@code FROM UNNEST(?) wanted(ref) JOIN <table> ON account_ref = wanted.ref}, one primary-key (or index) look-up per
 * account. ({@code account_ref = ANY(?)} made H2 2.4 compare every row it read with the whole array: 240 s for a
 * 2,000-account histogram on the campaign case.) Any thread; each call uses its own connection.
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
        try (Connection c = store.connect()) {
            if (!ActivitySeries.isCurrent(c)) {
                return bins(c, "SELECT (b.bucket_ms - ?) / ? AS bin, SUM(b.interactions), SUM(b.input_tokens),"
                        + " SUM(b.output_tokens)" + from("activity_bucket", scope)
                        + " WHERE b.bucket_ms >= ? AND b.bucket_ms < ? GROUP BY bin ORDER BY bin", scope, range, binMs);
            }
            if (scope.isWholeCase()) {
                return bins(c, "SELECT (b.bucket_ms - ?) / ? AS bin, SUM(b.interactions), SUM(b.input_tokens),"
                        + " SUM(b.output_tokens) FROM case_hour b WHERE b.bucket_ms >= ? AND b.bucket_ms < ?"
                        + " GROUP BY bin ORDER BY bin", scope, range, binMs);
            }
            int count = (int) Math.max(0, (range.lengthMs() + binMs - 1) / binMs);
            long[] sums = new long[count * 3];
            ActivitySeries.forEachCell(c, scope.refs(), range.fromMs(), range.toMs(), (a, bucket, n, in, out) -> {
                int k = (int) ((bucket - range.fromMs()) / binMs) * 3;
                sums[k] += n;
                sums[k + 1] += in;
                sums[k + 2] += out;
            });
            List<HistogramBin> bins = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (sums[i * 3] != 0 || sums[i * 3 + 1] != 0 || sums[i * 3 + 2] != 0) {
                    bins.add(new HistogramBin(range.fromMs() + i * binMs, sums[i * 3], sums[i * 3 + 1],
                            sums[i * 3 + 2]));
                }
            }
            return bins;
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * Like {@link #hourlyBins} but counted from raw interactions, for any {@code binMs} (minutes). Reads every raw row
     * of the scope in the range: callers keep the scope and range small (see {@link #estimateRows}).
     */
    public List<HistogramBin> rawBins(AccountScope scope, TimeRange range, long binMs) {
        try (Connection c = store.connect()) {
            return bins(c, "SELECT (b.ts_ms - ?) / ? AS bin, COUNT(*), SUM(b.input_tokens), SUM(b.output_tokens)"
                    + from("interaction", scope) + " WHERE b.ts_ms >= ? AND b.ts_ms < ? GROUP BY bin ORDER BY bin",
                    scope, range, binMs);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Runs a binning query: parameters bin origin, bin size, [accounts], from, to. */
    private static List<HistogramBin> bins(Connection c, String sql, AccountScope scope, TimeRange range, long binMs)
            throws SQLException {
        List<HistogramBin> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, range.fromMs());
            ps.setLong(2, binMs);
            int p = bindAccounts(ps, 3, scope);
            ps.setLong(p, range.fromMs());
            ps.setLong(p + 1, range.toMs());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistogramBin(range.fromMs() + rs.getLong(1) * binMs, rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)));
                }
            }
        }
        return out;
    }

    /** Number of raw interactions of {@code scope} in {@code range}, counted from the hourly aggregate (whole hours). */
    public long estimateRows(AccountScope scope, TimeRange range) {
        long from = range.fromMs() - Math.floorMod(range.fromMs(), HOUR_MS);
        try (Connection c = store.connect()) {
            boolean packed = ActivitySeries.isCurrent(c);
            if (packed && !scope.isWholeCase()) {
                long[] sum = {0};
                ActivitySeries.forEachCount(c, scope.refs(), from, range.toMs(), (a, b, n) -> sum[0] += n);
                return sum[0];
            }
            String table = packed ? "case_hour" : "activity_bucket";
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(b.interactions), 0)"
                    + from(table, scope) + " WHERE b.bucket_ms >= ? AND b.bucket_ms < ?")) {
                int p = bindAccounts(ps, 1, scope);
                ps.setLong(p, from);
                ps.setLong(p + 1, range.toMs());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * Hands the interactions of every hourly cell of {@code scope} in {@code range} to {@code visitor}, account by
     * account (ascending ref), hours ascending within an account.
     */
    public void hourlyCounts(AccountScope scope, TimeRange range, ActivitySeries.CountVisitor visitor) {
        try (Connection c = store.connect()) {
            if (ActivitySeries.isCurrent(c)) {
                ActivitySeries.forEachCount(c, scope.isWholeCase() ? null : scope.refs(), range.fromMs(),
                        range.toMs(), visitor);
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT b.account_ref, b.bucket_ms, b.interactions"
                    + from("activity_bucket", scope)
                    + " WHERE b.bucket_ms >= ? AND b.bucket_ms < ? ORDER BY b.account_ref, b.bucket_ms")) {
                int p = bindAccounts(ps, 1, scope);
                ps.setLong(p, range.fromMs());
                ps.setLong(p + 1, range.toMs());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        visitor.cell(rs.getInt(1), rs.getLong(2), rs.getInt(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * First and last activity of the case (or of {@code scope}) from the account totals, as a range ending just after
     * the last interaction; empty when nothing was imported.
     */
    public Optional<TimeRange> span(AccountScope scope) {
        String sql = scope.isWholeCase()
                ? "SELECT MIN(first_ms), MAX(last_ms) FROM account WHERE first_ms IS NOT NULL"
                : "SELECT MIN(a.first_ms), MAX(a.last_ms) FROM UNNEST(?) wanted(ref) JOIN account a ON a.id = wanted.ref"
                        + " WHERE a.first_ms IS NOT NULL";
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bindAccounts(ps, 1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(new TimeRange(first, rs.getLong(2) + 1));
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

    /** {@code FROM <table> b}, joined with the scope's accounts unless it is the whole case. */
    static String from(String table, AccountScope scope) {
        return from(table, "b", scope);
    }

    /**
     * {@code FROM <table> <alias>}, joined with the scope's accounts on {@code <alias>.account_ref} unless it is the
     * whole case (then bind the accounts first: the array parameter comes before any other of the query).
     */
    static String from(String table, String alias, AccountScope scope) {
        return scope.isWholeCase() ? " FROM " + table + " " + alias
                : " FROM UNNEST(?) wanted(ref) JOIN " + table + " " + alias + " ON " + alias + ".account_ref = wanted.ref";
    }

    /** Binds the scope's accounts at {@code index} unless it is the whole case; returns the next parameter index. */
    static int bindAccounts(PreparedStatement ps, int index, AccountScope scope) throws SQLException {
        if (scope.isWholeCase()) {
            return index;
        }
        ps.setObject(index, boxed(scope.refs()));
        return index + 1;
    }

    static Integer[] boxed(int[] refs) {
        Integer[] boxed = new Integer[refs.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = refs[i];
        }
        return boxed;
    }
}
