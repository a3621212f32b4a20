package ringscope.store;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import ringscope.model.TermKind;

/**
 * The timeline's read-optimised copy of the hourly aggregate (V8): each account's {@code activity_bucket} cells packed
 * into {@code account_series} rows of up to {@value #CHUNK} cells, the whole case per hour in {@code case_hour}, and
 * the whole case's interactions per model and category (from account_term) in {@code term_total}.
 * A 2,000-account cluster over six weeks is ~2.1M cells: 2.5 s through activity_bucket's primary key, a few thousand
 * packed rows here.
 *
 * <p>Derived data, like {@link CaseIndexes}: rebuilt from activity_bucket by {@link #ensure} after an import commits
 * and at open (when a crash came in between, or the case predates V8), in one transaction that also records which
 * import it reflects ({@code case_info 'activity_series_import'}). Readers use the tables only when
 * {@link #isCurrent} (that import is the latest complete one) and read activity_bucket otherwise, so a stale or
 * half-built copy is never shown.
 */
public final class ActivitySeries {
    static final int CHUNK = 4_096;
    static final String MARKER = "activity_series_import";
    private static final long HOUR_MS = 3_600_000L;
    private static final Logger LOG = Logger.getLogger(ActivitySeries.class.getName());

    /** Receives hourly cells, account by account (ascending ref), hours ascending within an account. */
    public interface CellVisitor {
        void cell(int accountRef, long bucketMs, int interactions, long inputTokens, long outputTokens);
    }

    /** Like {@link CellVisitor} without the tokens (read from the smaller {@code counts} column only). */
    public interface CountVisitor {
        void cell(int accountRef, long bucketMs, int interactions);
    }

    private ActivitySeries() {}

    /** Rebuilds the tables when they do not reflect the latest complete import; returns whether it did. */
    public static boolean ensure(CaseStore store) {
        try (Connection c = store.connect()) {
            if (isCurrent(c)) {
                return false;
            }
            long t0 = System.nanoTime();
            long cells = rebuild(c);
            // a new or empty case gets its (empty) record quietly; a real repack is worth a line
            LOG.log(cells == 0 ? java.util.logging.Level.FINE : java.util.logging.Level.INFO, () -> String.format(
                    "activity series rebuilt: %,d cells in %.1f s", cells, (System.nanoTime() - t0) / 1e9));
            return true;
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * {@link #ensure}, but a failure (a full disk, a read-only file) is logged instead of thrown: the case stays
     * usable, the timeline reads activity_bucket, and the next open tries again. For the end of an import (already
     * COMPLETE) and for opening a case.
     */
    public static void tryEnsure(CaseStore store) {
        try {
            ensure(store);
        } catch (CaseStoreException e) {
            LOG.log(java.util.logging.Level.WARNING, "activity series not rebuilt; the timeline reads activity_bucket"
                    + " until the next open: " + e.getMessage(), e);
        }
    }

    /** Whether the packed tables reflect the latest complete import (then they equal activity_bucket). */
    public static boolean isCurrent(Connection c) throws SQLException {
        return builtFor(c) == latestImport(c);
    }

    private static long latestImport(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM import_run WHERE status = 'COMPLETE'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long builtFor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT info_value FROM case_info WHERE info_key = ?")) {
            ps.setString(1, MARKER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : -1;
            }
        }
    }

    /**
     * Replaces both tables from activity_bucket in one repeatable-read transaction (the import id, the cells and the
     * marker all from one snapshot). Returns the number of cells packed.
     */
    static long rebuild(Connection c) throws SQLException {
        return Transactions.inOne(c, Connection.TRANSACTION_REPEATABLE_READ, () -> repack(c));
    }

    private static long repack(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long latest = latestImport(c);
            s.executeUpdate("DELETE FROM case_info WHERE info_key = '" + MARKER + "'");
            s.executeUpdate("DELETE FROM account_series");
            s.executeUpdate("DELETE FROM case_hour");
            s.executeUpdate("DELETE FROM term_total");
            s.executeUpdate("INSERT INTO term_total (term_ref, kind, interactions) SELECT x.term_ref, t.kind,"
                    + " SUM(x.interactions) FROM account_term x JOIN term t ON t.id = x.term_ref"
                    + " WHERE t.kind IN ('" + TermKind.MODEL.code() + "', '" + TermKind.CATEGORY.code() + "')"
                    + " GROUP BY x.term_ref, t.kind");
            Map<Long, long[]> hours = new TreeMap<>();
            long cells = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO account_series (account_ref, chunk_no,"
                    + " first_ms, last_ms, cells, counts, tokens) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    ResultSet rs = s.executeQuery("SELECT account_ref, bucket_ms, interactions, input_tokens,"
                            + " output_tokens FROM activity_bucket ORDER BY account_ref, bucket_ms")) {
                Packer packer = new Packer(insert);
                while (rs.next()) {
                    int account = rs.getInt(1);
                    long bucket = rs.getLong(2);
                    int n = rs.getInt(3);
                    long in = rs.getLong(4);
                    long out = rs.getLong(5);
                    packer.add(account, bucket, n, in, out);
                    long[] h = hours.computeIfAbsent(bucket, k -> new long[3]);
                    h[0] += n;
                    h[1] += in;
                    h[2] += out;
                    cells++;
                }
                packer.flush();
                insert.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_hour (bucket_ms, interactions,"
                    + " input_tokens, output_tokens) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<Long, long[]> e : hours.entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, e.getValue()[0]);
                    ps.setLong(3, e.getValue()[1]);
                    ps.setLong(4, e.getValue()[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_info (info_key, info_value) VALUES (?, ?)")) {
                ps.setString(1, MARKER);
                ps.setString(2, Long.toString(latest));
                ps.executeUpdate();
            }
            return cells;
        }
    }

    /**
     * Visits the packed cells with {@code fromMs <= bucket < toMs} of {@code refs} (sorted, distinct; null for every
     * account), account by account. Call only when {@link #isCurrent}.
     */
    static void forEachCell(Connection c, int[] refs, long fromMs, long toMs, CellVisitor visitor)
            throws SQLException {
        read(c, refs, fromMs, toMs, true, (account, firstMs, cells, counts, tokens) -> decode(account, firstMs, cells,
                counts, tokens, fromMs, toMs, visitor));
    }

    /** Like {@link #forEachCell} without the tokens (the {@code tokens} column is not read). */
    static void forEachCount(Connection c, int[] refs, long fromMs, long toMs, CountVisitor visitor)
            throws SQLException {
        CellVisitor counts = (account, bucket, n, in, out) -> visitor.cell(account, bucket, n);
        read(c, refs, fromMs, toMs, false, (account, firstMs, cells, hours, tokens) -> decode(account, firstMs, cells,
                hours, null, fromMs, toMs, counts));
    }

    /** Hands a row's cells in [fromMs, toMs) to {@code visitor}; without {@code tokens} they are passed as 0. */
    private static void decode(int account, long firstMs, int cells, byte[] counts, byte[] tokens, long fromMs,
            long toMs, CellVisitor visitor) {
        Cursor hours = new Cursor(counts);
        Cursor sums = tokens == null ? null : new Cursor(tokens);
        long bucket = firstMs;
        for (int i = 0; i < cells; i++) {
            bucket += hours.next() * HOUR_MS;
            int n = (int) hours.next();
            long in = sums == null ? 0 : sums.next();
            long out = sums == null ? 0 : sums.next();
            if (bucket >= toMs) {
                return;
            }
            if (bucket >= fromMs) {
                visitor.cell(account, bucket, n, in, out);
            }
        }
        hours.end(account);
        if (sums != null) {
            sums.end(account);
        }
    }

    private interface RowVisitor {
        void row(int account, long firstMs, int cells, byte[] counts, byte[] tokens);
    }

    private static void read(Connection c, int[] refs, long fromMs, long toMs, boolean tokens, RowVisitor visitor)
            throws SQLException {
        String columns = "s.account_ref, s.first_ms, s.cells, s.counts" + (tokens ? ", s.tokens" : "");
        String sql = refs == null
                ? "SELECT " + columns + " FROM account_series s WHERE s.last_ms >= ? AND s.first_ms < ?"
                        + " ORDER BY s.account_ref, s.chunk_no"
                : "SELECT " + columns + " FROM UNNEST(?) wanted(ref) JOIN account_series s ON s.account_ref = wanted.ref"
                        + " WHERE s.last_ms >= ? AND s.first_ms < ? ORDER BY s.account_ref, s.chunk_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            if (refs != null) {
                ps.setObject(p++, TimelineQueries.boxed(refs));
            }
            ps.setLong(p++, fromMs);
            ps.setLong(p, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.row(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getBytes(4),
                            tokens ? rs.getBytes(5) : null);
                }
            }
        }
    }

    /** Reads zig-zag varints (7 bits a byte, low first) from a packed column. */
    private static final class Cursor {
        private final byte[] in;
        private int pos;

        Cursor(byte[] in) {
            this.in = in;
        }

        long next() {
            byte b = in[pos++];
            long v = b & 0x7F;
            int shift = 7;
            while (b < 0) {
                if (shift > 63) {
                    throw new IllegalStateException("overlong varint in account_series");
                }
                b = in[pos++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            }
            return (v >>> 1) ^ -(v & 1);
        }

        /** Checks that a row's column held exactly its cells (a truncated row fails in {@link #next}). */
        void end(int account) {
            if (pos != in.length) {
                throw new IllegalStateException("account_series row of account " + account + " has " + in.length
                        + " bytes, " + pos + " read");
            }
        }
    }

    /** Collects one account's cells into chunks and adds each as a row to the insert batch. */
    private static final class Packer {
        private final PreparedStatement insert;
        private final ByteArrayOutputStream counts = new ByteArrayOutputStream();
        private final ByteArrayOutputStream tokens = new ByteArrayOutputStream();
        private int account = Integer.MIN_VALUE;
        private int chunkNo;
        private int cells;
        private long firstMs;
        private long lastMs;
        private int batched;

        Packer(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(int ref, long bucketMs, int n, long in, long out) throws SQLException {
            if (ref != account) {
                flush();
                account = ref;
                chunkNo = 0;
            } else if (cells == CHUNK) {
                flush();
                chunkNo++;
            }
            if (cells == 0) {
                firstMs = bucketMs;
                lastMs = bucketMs;
            }
            writeVarLong(counts, (bucketMs - lastMs) / HOUR_MS);
            writeVarLong(counts, n);
            writeVarLong(tokens, in);
            writeVarLong(tokens, out);
            lastMs = bucketMs;
            cells++;
        }

        void flush() throws SQLException {
            if (cells == 0) {
                return;
            }
            insert.setInt(1, account);
            insert.setInt(2, chunkNo);
            insert.setLong(3, firstMs);
            insert.setLong(4, lastMs);
            insert.setInt(5, cells);
            insert.setBytes(6, counts.toByteArray());
            insert.setBytes(7, tokens.toByteArray());
            insert.addBatch();
            counts.reset();
            tokens.reset();
            cells = 0;
            if (++batched % 1_000 == 0) {
                insert.executeBatch();
            }
        }
    }

    /** Zig-zag varint (7 bits a byte, low first): at most 10 bytes. */
    static void writeVarLong(ByteArrayOutputStream out, long value) {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
