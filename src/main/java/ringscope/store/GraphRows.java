package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountFacts;
import ringscope.model.ClusterLink;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRule;

/**
 * The reads the graph views need beyond the analysis queries: links between clusters folded per rule (for the
 * overview), the links inside a cluster (for an opened cluster), account attributes and volumes, and home clusters
 * of accounts. Any thread; each call uses its own
 * connection.
 */
public final class GraphRows {
    private static final int CHUNK = 500;
    private static final String[][] ATTRIBUTES = {{"email_domain", "email_domain"}, {"email_hash", "email_hash"},
        {"billing_country", "country"}, {"plan", "plan"}, {"status", "status"}, {"signup_ip", "signup_ip"},
        {"payment_fingerprint", "payment"}, {"verification_path", "verification"}, {"org_name", "org"}};

    private final CaseStore store;

    public GraphRows(CaseStore store) {
        this.store = store;
    }

    /**
     * Links of a run between accounts whose home clusters differ, folded per cluster pair and rule, ordered by pair
     * and rule. One scan of the run's links folded in memory: the same fold as a GROUP BY over two membership joins
     * took 26 s on a 419k-link run here, the scan about a second.
     */
    public List<ClusterLink> clusterLinks(long runId) {
        Map<Integer, Long> home = new HashMap<>();
        Map<String, double[]> folded = new java.util.TreeMap<>();
        try (Connection c = store.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.account_ref, m.cluster_id FROM cluster_member m"
                    + " JOIN cluster k ON k.id = m.cluster_id WHERE k.run_id = ? AND m.home")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        home.put(rs.getInt(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT account_a, account_b, rule, weight, first_ms,"
                    + " last_ms FROM link WHERE run_id = ?")) {
                ps.setLong(1, runId);
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long a = home.get(rs.getInt(1));
                        Long b = home.get(rs.getInt(2));
                        if (a == null || b == null || a.equals(b)) {
                            continue;
                        }
                        String key = String.format("%019d|%019d|%s", Math.min(a, b), Math.max(a, b), rs.getString(3));
                        double[] f = folded.computeIfAbsent(key, k -> new double[] {0, 0, Long.MAX_VALUE, -1});
                        f[0]++;
                        f[1] += rs.getDouble(4);
                        long first = rs.getLong(5);
                        if (first >= 0) {
                            f[2] = Math.min(f[2], first);
                        }
                        f[3] = Math.max(f[3], rs.getLong(6));
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        List<ClusterLink> out = new ArrayList<>(folded.size());
        folded.forEach((key, f) -> {
            String[] parts = key.split("\\|");
            out.add(new ClusterLink(Long.parseLong(parts[0]), Long.parseLong(parts[1]), LinkRule.valueOf(parts[2]),
                    (int) f[0], f[1], f[2] == Long.MAX_VALUE ? -1 : (long) f[2], (long) f[3]));
        });
        return out;
    }

    /** Facts of the given accounts by ref (unknown refs are left out). */
    public Map<Integer, AccountFacts> accounts(Collection<Integer> refs) {
        Map<Integer, AccountFacts> out = new HashMap<>();
        StringBuilder cols = new StringBuilder("id, account_id, interactions");
        for (String[] a : ATTRIBUTES) {
            cols.append(", ").append(a[0]);
        }
        forChunks(refs, "SELECT " + cols + " FROM account WHERE id IN (%s)", rs -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < ATTRIBUTES.length; i++) {
                String v = rs.getString(4 + i);
                if (v != null && !v.isBlank()) {
                    attributes.put(ATTRIBUTES[i][1], v);
                }
            }
            out.put(rs.getInt(1), new AccountFacts(rs.getInt(1), rs.getString(2), rs.getLong(3), attributes));
        });
        return out;
    }

    /**
     * Links of a run with both ends among {@code refs}, by id: one indexed look-up per account as the first end,
     * filtered in memory (faster here than IN lists, which H2 answered with scans, or the cluster-membership join,
     * about 20 s for a 2,500-account cluster).
     */
    public List<LinkEnds> linksAmong(long runId, Collection<Integer> refs) {
        java.util.Set<Integer> set = new java.util.HashSet<>(refs);
        Map<Long, LinkEnds> out = new java.util.TreeMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT id, account_a, account_b, rule, weight, first_ms,"
                        + " last_ms FROM link WHERE run_id = ? AND account_a = ?")) {
            for (int a : new java.util.TreeSet<>(set)) {
                ps.setLong(1, runId);
                ps.setInt(2, a);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (set.contains(rs.getInt(3))) {
                            out.put(rs.getLong(1), new LinkEnds(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                                    LinkRule.valueOf(rs.getString(4)), rs.getDouble(5), rs.getLong(6),
                                    rs.getLong(7)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The links among a cluster's members as the analysis stored them with the cluster ({@code cluster_link}, V7,
     * packed by {@link ClusterLinkChunks}), by link id: one range scan of the primary key. Empty for a cluster of a run stored before V7 (every cluster of a
     * later run has at least one link inside).
     */
    public List<LinkEnds> linksInsideCluster(long clusterId) {
        List<LinkEnds> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT links, rules, packed FROM cluster_link"
                        + " WHERE cluster_id = ? ORDER BY chunk_no")) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClusterLinkChunks.unpack(new ClusterLinkChunks.Chunk(rs.getInt(1), rs.getString(2),
                            rs.getBytes(3)), out);
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Home cluster of each given account in a run (accounts in no cluster are left out). */
    public Map<Integer, Long> homeClusters(long runId, Collection<Integer> refs) {
        Map<Integer, Long> out = new HashMap<>();
        forChunks(refs, "SELECT m.account_ref, m.cluster_id FROM cluster_member m JOIN cluster c ON c.id = m.cluster_id"
                + " AND c.run_id = " + runId + " WHERE m.home AND m.account_ref IN (%s)",
                rs -> out.put(rs.getInt(1), rs.getLong(2)));
        return out;
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private void forChunks(Collection<Integer> refs, String sqlTemplate, RowSink sink) {
        List<Integer> list = new ArrayList<>(refs);
        try (Connection c = store.connect()) {
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<Integer> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(String.format(sqlTemplate, marks))) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setInt(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sink.accept(rs);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }
}
