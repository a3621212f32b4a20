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
import ringscope.model.ViewCaps;

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

    /** The links of the edges a dense cluster's unfiltered view draws, and how many linked pairs it has in all. */
    public record Drawn(List<LinkEnds> links, int pairs) {}

    /**
     * The links stored with a dense cluster for its unfiltered view ({@code cluster_drawn_link}, V11), by link id:
     * those of the edges {@link ViewCaps#keep} keeps among its first {@link ViewCaps#ACCOUNTS} members. Empty when
     * the cluster has none stored under the present caps (it is not dense, or its run was stored before V11).
     */
    public Optional<Drawn> drawn(long clusterId) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT links, rules, packed, pairs FROM cluster_drawn_link"
                        + " WHERE cluster_id = ? AND accounts = ? AND edge_cap = ? ORDER BY chunk_no")) {
            ps.setLong(1, clusterId);
            ps.setInt(2, ViewCaps.ACCOUNTS);
            ps.setInt(3, ViewCaps.EDGES);
            List<LinkEnds> out = new ArrayList<>();
            int pairs = -1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClusterLinkChunks.unpack(new ClusterLinkChunks.Chunk(rs.getInt(1), rs.getString(2),
                            rs.getBytes(3)), out);
                    pairs = rs.getInt(4);
                }
            }
            return pairs < 0 ? Optional.empty() : Optional.of(new Drawn(out, pairs));
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
        long[] order = memberOrder(count, links, ordOf);
        insertDrawn(c, clusterId, order, links, ordOf);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_link (cluster_id, chunk_no, links, rules,"
                + " packed, reach) VALUES (?, ?, ?, ?, ?, ?)")) {
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
     * For a dense cluster (more linked pairs among its first {@link ViewCaps#ACCOUNTS} members than
     * {@link ViewCaps#EDGES}), writes the links of the edges its unfiltered view draws to {@code cluster_drawn_link}:
     * the pairs {@link ViewCaps#keep} keeps, each pair weighing the sum of its links' weights added in id order, the
     * members' positions their {@code ord}, exactly as the graph assembles the view from all the links.
     *
     * @param order the cluster's links as {@link #memberOrder} sorts them
     */
    private static void insertDrawn(Connection c, long clusterId, long[] order, IntFunction<LinkEnds> links,
            Map<Integer, Integer> ordOf) throws SQLException {
        int shown = 0; // the links among the members shown come first in member order
        while (shown < order.length && (order[shown] >>> 32) < ViewCaps.ACCOUNTS) {
            shown++;
        }
        if (shown <= ViewCaps.EDGES) {
            return; // at most as many pairs as links: nothing is left out
        }
        // the links among the members shown grouped by pair, in id order within a pair: (pair << 32) | position in
        // order (positions follow the ids within a pair, whose links share their later member)
        long[] byPair = new long[shown];
        for (int j = 0; j < shown; j++) {
            LinkEnds l = links.apply((int) order[j]);
            int a = ordOf.get(l.accountA());
            int b = ordOf.get(l.accountB());
            byPair[j] = ((long) Math.min(a, b) * ViewCaps.ACCOUNTS + Math.max(a, b)) << 32 | j;
        }
        Arrays.sort(byPair);
        int pairs = 0;
        for (int j = 0; j < shown; j++) {
            if (j == 0 || (byPair[j] >>> 32) != (byPair[j - 1] >>> 32)) {
                pairs++;
            }
        }
        if (pairs <= ViewCaps.EDGES) {
            return;
        }
        double[] weight = new double[pairs];
        int[] posA = new int[pairs];
        int[] posB = new int[pairs];
        int[] firstLink = new int[pairs + 1]; // pair p's links are byPair[firstLink[p] .. firstLink[p + 1])
        int p = -1;
        for (int j = 0; j < shown; j++) {
            long pair = byPair[j] >>> 32;
            if (j == 0 || pair != (byPair[j - 1] >>> 32)) {
                p++;
                firstLink[p] = j;
                posA[p] = (int) (pair / ViewCaps.ACCOUNTS);
                posB[p] = (int) (pair % ViewCaps.ACCOUNTS);
            }
            weight[p] += links.apply((int) order[(int) byPair[j]]).weight();
        }
        firstLink[pairs] = shown;
        List<Integer> kept = new ArrayList<>();
        for (int k : ViewCaps.keep(weight, posA, posB, ViewCaps.EDGES)) {
            for (int j = firstLink[k]; j < firstLink[k + 1]; j++) {
                kept.add((int) order[(int) byPair[j]]);
            }
        }
        kept.sort(null); // link indexes: id order
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_drawn_link (cluster_id, chunk_no, accounts,"
                + " edge_cap, pairs, links, rules, packed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int chunkNo = 0;
            for (int from = 0; from < kept.size(); from += ClusterLinkChunks.CHUNK) {
                List<LinkEnds> chunk = new ArrayList<>();
                for (int i : kept.subList(from, Math.min(kept.size(), from + ClusterLinkChunks.CHUNK))) {
                    chunk.add(links.apply(i));
                }
                ClusterLinkChunks.Chunk packed = ClusterLinkChunks.pack(chunk);
                ps.setLong(1, clusterId);
                ps.setInt(2, chunkNo++);
                ps.setInt(3, ViewCaps.ACCOUNTS);
                ps.setInt(4, ViewCaps.EDGES);
                ps.setInt(5, pairs);
                ps.setInt(6, packed.links());
                ps.setString(7, packed.rules());
                ps.setBytes(8, packed.packed());
                ps.addBatch();
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
