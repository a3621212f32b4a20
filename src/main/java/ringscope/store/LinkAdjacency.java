package ringscope.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Each analysis run's links by account ({@code link_adjacency}, V12): for every account with a link in the run, the
 * other account and the link id of each of its links, packed {@value #CHUNK} entries per row. It replaces B-tree
 * indexes over the whole link table: a run's rows are written with the run, in one pass sorted by account (a counting
 * sort in blocks of at most {@value #BLOCK} entries, so memory stays bounded), and cost what the run's own links
 * cost. Stateless.
 */
final class LinkAdjacency {
    private static final Logger LOG = Logger.getLogger(LinkAdjacency.class.getName());
    static final int CHUNK = 8_192;
    static final int BYTES_PER_ENTRY = 8;
    static final int BLOCK = 1_000_000;
    private static final int BATCH = 500;

    /** The links of a run: the two accounts of link i and its id minus the base id (non-negative). */
    interface Ends {
        int size();

        int accountA(int i);

        int accountB(int i);

        int offset(int i);
    }

    /** One entry of an account's adjacency. */
    @FunctionalInterface
    interface EntrySink {
        void accept(int other, long linkId);
    }

    private LinkAdjacency() {}

    /**
     * Writes the rows of run {@code runId} whose link {@code i} has id {@code baseLink + ends.offset(i)}, in
     * primary-key order, on the caller's connection and transaction. Entries of an account come in the order of
     * {@code ends}. Returns the number of rows written.
     */
    static long write(Connection c, long runId, long baseLink, Ends ends) throws SQLException {
        return write(c, runId, baseLink, ends, BLOCK);
    }

    /** {@link #write(Connection, long, long, Ends)} sorting at most {@code block} entries at once. */
    static long write(Connection c, long runId, long baseLink, Ends ends, int block) throws SQLException {
        int n = ends.size();
        int maxAccount = -1;
        for (int i = 0; i < n; i++) {
            maxAccount = Math.max(maxAccount, Math.max(ends.accountA(i), ends.accountB(i)));
        }
        if (maxAccount < 0) {
            return 0;
        }
        int[] count = new int[maxAccount + 1];
        for (int i = 0; i < n; i++) {
            count[ends.accountA(i)]++;
            count[ends.accountB(i)]++;
        }
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_adjacency VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            int from = 0;
            while (from <= maxAccount) {
                // accounts [from, to) hold at most block entries, or are one account that holds more
                int to = from;
                long entries = 0;
                while (to <= maxAccount && (to == from || entries + count[to] <= block)) {
                    entries += count[to++];
                }
                int[] start = new int[to - from + 1];
                for (int acc = from; acc < to; acc++) {
                    start[acc - from + 1] = start[acc - from] + count[acc];
                }
                int[] fill = start.clone();
                int[] other = new int[(int) entries];
                int[] offset = new int[(int) entries];
                for (int i = 0; i < n; i++) {
                    int a = ends.accountA(i);
                    int b = ends.accountB(i);
                    if (a >= from && a < to) {
                        int at = fill[a - from]++;
                        other[at] = b;
                        offset[at] = ends.offset(i);
                    }
                    if (b >= from && b < to) {
                        int at = fill[b - from]++;
                        other[at] = a;
                        offset[at] = ends.offset(i);
                    }
                }
                for (int acc = from; acc < to; acc++) {
                    int chunkNo = 0;
                    for (int at = start[acc - from]; at < start[acc - from + 1]; at += CHUNK) {
                        int len = Math.min(CHUNK, start[acc - from + 1] - at);
                        ByteBuffer b = ByteBuffer.allocate(len * BYTES_PER_ENTRY);
                        for (int k = at; k < at + len; k++) {
                            b.putInt(other[k]).putInt(offset[k]);
                        }
                        ps.setLong(1, runId);
                        ps.setInt(2, acc);
                        ps.setInt(3, chunkNo++);
                        ps.setLong(4, baseLink);
                        ps.setInt(5, len);
                        ps.setBytes(6, b.array());
                        ps.addBatch();
                        rows++;
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                }
                from = to;
            }
            ps.executeBatch();
        }
        return rows;
    }

    /** The statement {@link #forEach} reads with; the caller closes it. */
    static PreparedStatement prepare(Connection c) throws SQLException {
        return c.prepareStatement("SELECT base_link, links, packed FROM link_adjacency WHERE run_id = ?"
                + " AND account_ref = ? ORDER BY chunk_no");
    }

    /** Hands every link of {@code account} in run {@code runId} to {@code sink}: the other account and the link id. */
    static void forEach(PreparedStatement prepared, long runId, int account, EntrySink sink) throws SQLException {
        prepared.setLong(1, runId);
        prepared.setInt(2, account);
        try (ResultSet rs = prepared.executeQuery()) {
            while (rs.next()) {
                long base = rs.getLong(1);
                int links = rs.getInt(2);
                byte[] packed = rs.getBytes(3);
                if (packed.length != links * BYTES_PER_ENTRY) {
                    throw new IllegalStateException("link_adjacency row of run " + runId + ", account " + account
                            + " says " + links + " links but has " + packed.length + " bytes");
                }
                ByteBuffer b = ByteBuffer.wrap(packed);
                for (int k = 0; k < links; k++) {
                    int other = b.getInt();
                    sink.accept(other, base + b.getInt());
                }
            }
        }
    }

    /**
     * The ids, ascending and distinct, of the links of run {@code runId} with an end in {@code accounts} (with
     * {@code bothEnds}: both ends).
     */
    static long[] linkIds(Connection c, long runId, java.util.Collection<Integer> accounts, boolean bothEnds)
            throws SQLException {
        java.util.Set<Integer> set = new java.util.HashSet<>(accounts);
        java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
        try (PreparedStatement ps = prepare(c)) {
            for (int account : new java.util.TreeSet<>(set)) {
                // with both ends wanted, each link is taken from its smaller end only
                forEach(ps, runId, account, (other, id) -> {
                    if (!bothEnds || other > account && set.contains(other)) {
                        ids.add(id);
                    }
                });
            }
        }
        return ids.build().sorted().distinct().toArray();
    }

    /**
     * Builds the rows of every run that has links but none (runs stored before V12), each run in its own
     * transaction, so a crash part-way leaves the remaining runs for the next open. Returns the runs built.
     */
    static int ensure(Connection c) throws SQLException {
        List<Long> runs = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.id FROM analysis_run r WHERE r.links > 0 AND NOT EXISTS"
                        + " (SELECT 1 FROM link_adjacency j WHERE j.run_id = r.id) ORDER BY r.id")) {
            while (rs.next()) {
                runs.add(rs.getLong(1));
            }
        }
        for (long runId : runs) {
            long started = System.currentTimeMillis();
            Stored links = read(c, runId);
            Transactions.inOne(c, () -> write(c, runId, links.base, links));
            LOG.info(() -> "built the link adjacency of analysis run " + runId + " (" + links.size() + " links) in "
                    + (System.currentTimeMillis() - started) + " ms");
        }
        return runs.size();
    }

    /** {@link #ensure(Connection)} on a connection of its own. */
    static void ensure(CaseStore store) {
        try (Connection c = store.connect()) {
            ensure(c);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static Stored read(Connection c, long runId) throws SQLException {
        Stored out = new Stored();
        RunLinkRange range = RunLinkRange.of(c, runId);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, account_a, account_b FROM link"
                + " WHERE id BETWEEN ? AND ? AND run_id = ?")) {
            ps.setLong(range.bind(ps, 1), runId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1), rs.getInt(2), rs.getInt(3));
                }
            }
        }
        return out.done();
    }

    /** A stored run's links as three growing arrays; offsets are taken from the smallest id. */
    private static final class Stored implements Ends {
        private long[] ids = new long[1_024];
        private int[] a = new int[1_024];
        private int[] b = new int[1_024];
        private int n;
        private long base = Long.MAX_VALUE;

        void add(long id, int accountA, int accountB) {
            if (n == ids.length) {
                int grown = Math.max(ids.length * 2, 1);
                ids = java.util.Arrays.copyOf(ids, grown);
                a = java.util.Arrays.copyOf(a, grown);
                b = java.util.Arrays.copyOf(b, grown);
            }
            ids[n] = id;
            a[n] = accountA;
            b[n++] = accountB;
            base = Math.min(base, id);
        }

        Stored done() {
            for (int i = 0; i < n; i++) {
                if (ids[i] - base > Integer.MAX_VALUE) {
                    throw new IllegalStateException("the link ids of one run span more than 2^31: " + base + " to "
                            + ids[i]);
                }
            }
            return this;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public int accountA(int i) {
            return a[i];
        }

        @Override
        public int accountB(int i) {
            return b[i];
        }

        @Override
        public int offset(int i) {
            return (int) (ids[i] - base);
        }
    }
}
