package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import ringscope.model.LinkEnds;

/**
 * Each cluster's links among its members as stored with its run ({@code cluster_link}: packed rows since V7, see
 * {@link ClusterLinkChunks}; in member order since V10). Opening a cluster shows its first members only (2,000 of the
 * campaign-scale case's 25,000), so the links are packed in the order of the later of their two members' positions
 * ({@code cluster_member.ord}), then by link id, and each row records the smallest such position among its links
 * ({@code reach}). The links among the first n members are then all in the rows with {@code reach < n}: for that
 * cluster 4 of its 478 rows, where finding its 12,453 shown links used to read all 1.96M.
 *
 * <p>A cluster stored before V10 ({@code reach} NULL, links in id order) is read whole once and packed again in the
 * new order, in one transaction; if the case cannot take the write (read-only storage, say) the links are still
 * returned and the repack is tried again at the next open. Any thread; each call uses its own connection.
 */
public final class ClusterLinks {
    private static final Logger LOG = Logger.getLogger(ClusterLinks.class.getName());

    private final CaseStore store;

    public ClusterLinks(CaseStore store) {
        this.store = store;
    }

    /**
     * The links stored with a cluster whose two accounts are both among its first {@code n} members (member order),
     * by link id; empty if the cluster has none stored (a run stored before V7).
     */
    public Optional<List<LinkEnds>> amongFirst(long clusterId, int n) {
        try (Connection c = store.connect()) {
            BitSet shown = new BitSet();
            try (PreparedStatement ps = c.prepareStatement("SELECT account_ref FROM cluster_member"
                    + " WHERE cluster_id = ? AND ord < ?")) {
                ps.setLong(1, clusterId);
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shown.set(rs.getInt(1));
                    }
                }
            }
            List<LinkEnds> out = new ArrayList<>();
            int rows;
            try (PreparedStatement ps = c.prepareStatement("SELECT links, rules, packed FROM cluster_link"
                    + " WHERE cluster_id = ? AND reach < ? ORDER BY chunk_no")) {
                ps.setLong(1, clusterId);
                ps.setInt(2, n);
                rows = read(ps, shown, out);
            }
            if (rows == 0 && count(c, "reach IS NULL", clusterId) > 0) {
                out = repack(c, clusterId, shown);
            } else if (rows == 0 && count(c, "TRUE", clusterId) == 0) {
                return Optional.empty();
            }
            out.sort(Comparator.comparingLong(LinkEnds::id));
            return Optional.of(out);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Every link stored with a cluster, by link id; empty if it has none stored (a run stored before V7). */
    public Optional<List<LinkEnds>> all(long clusterId) {
        try (Connection c = store.connect()) {
            List<LinkEnds> out = readAll(c, clusterId);
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * Writes a cluster's links inside the caller's transaction: {@code links.apply(i)} for i in 0..count-1 gives them
     * in id order (made on demand: the campaign-scale cluster has 1.96M), {@code ordOf} each member's position. Rows
     * are written in primary-key order.
     */
    static void insert(Connection c, long clusterId, int count, IntFunction<LinkEnds> links,
            Map<Integer, Integer> ordOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_link (cluster_id, chunk_no, links, rules,"
                + " packed, reach) VALUES (?, ?, ?, ?, ?, ?)")) {
            long[] order = memberOrder(count, links, ordOf);
            int chunkNo = 0;
            for (int from = 0; from < order.length; from += ClusterLinkChunks.CHUNK) {
                List<LinkEnds> chunk = new ArrayList<>();
                for (int j = from; j < Math.min(order.length, from + ClusterLinkChunks.CHUNK); j++) {
                    chunk.add(links.apply((int) order[j]));
                }
                ClusterLinkChunks.Chunk packed = ClusterLinkChunks.pack(chunk);
                ps.setLong(1, clusterId);
                ps.setInt(2, chunkNo++);
                ps.setInt(3, packed.links());
                ps.setString(4, packed.rules());
                ps.setBytes(5, packed.packed());
                ps.setInt(6, (int) (order[from] >>> 32));
                ps.addBatch();
                if (chunkNo % 50 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * The link indexes sorted by the later member position of each link, then by index (that is by id); each entry is
     * {@code (later position << 32) | index}.
     */
    private static long[] memberOrder(int count, IntFunction<LinkEnds> links, Map<Integer, Integer> ordOf) {
        long[] keys = new long[count];
        for (int i = 0; i < keys.length; i++) {
            LinkEnds l = links.apply(i);
            Integer a = ordOf.get(l.accountA());
            Integer b = ordOf.get(l.accountB());
            if (a == null || b == null) {
                throw new IllegalArgumentException("link " + l.id() + " has an account outside the cluster");
            }
            keys[i] = ((long) Math.max(a, b) << 32) | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * A cluster stored before V10: reads all its links, returns those among {@code shown}, and packs them again in
     * member order in its own transaction (skipped, with a warning, if the case cannot take it).
     */
    private List<LinkEnds> repack(Connection c, long clusterId, BitSet shown) throws SQLException {
        List<LinkEnds> all = readAll(c, clusterId);
        List<LinkEnds> out = new ArrayList<>();
        for (LinkEnds l : all) {
            if (shown.get(l.accountA()) && shown.get(l.accountB())) {
                out.add(l);
            }
        }
        try {
            Transactions.inOne(c, () -> {
                if (count(c, "reach IS NULL", clusterId) > 0) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM cluster_link WHERE cluster_id = ?")) {
                        ps.setLong(1, clusterId);
                        ps.executeUpdate();
                    }
                    insert(c, clusterId, all.size(), all::get, ords(c, clusterId));
                }
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not store the links of cluster " + clusterId
                    + " in member order (read whole again at the next open)", e);
        }
        return out;
    }

    private static Map<Integer, Integer> ords(Connection c, long clusterId) throws SQLException {
        Map<Integer, Integer> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT account_ref, ord FROM cluster_member"
                + " WHERE cluster_id = ?")) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Every link stored with a cluster, by link id (none: empty). */
    private static List<LinkEnds> readAll(Connection c, long clusterId) throws SQLException {
        List<LinkEnds> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT links, rules, packed FROM cluster_link"
                + " WHERE cluster_id = ? ORDER BY chunk_no")) {
            ps.setLong(1, clusterId);
            read(ps, null, out);
        }
        out.sort(Comparator.comparingLong(LinkEnds::id));
        return out;
    }

    /** Unpacks the rows {@code ps} selects, keeping links with both accounts in {@code among} (null: all); the row count. */
    private static int read(PreparedStatement ps, BitSet among, List<LinkEnds> out) throws SQLException {
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
                ClusterLinkChunks.unpack(new ClusterLinkChunks.Chunk(rs.getInt(1), rs.getString(2), rs.getBytes(3)),
                        among, out);
            }
        }
        return rows;
    }

    private static long count(Connection c, String condition, long clusterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = ? AND "
                + condition)) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
