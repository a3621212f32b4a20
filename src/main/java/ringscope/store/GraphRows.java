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
import ringscope.model.LinkRule;

/**
 * The reads the graph views need beyond the analysis queries: links between clusters folded per rule (for the
 * overview), account attributes and volumes, and home clusters of accounts. Any thread; each call uses its own
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

    /** Links of a run between accounts whose home clusters differ, folded per cluster pair and rule. */
    public List<ClusterLink> clusterLinks(long runId) {
        String sql = "SELECT LEAST(ma.cluster_id, mb.cluster_id), GREATEST(ma.cluster_id, mb.cluster_id), l.rule,"
                + " COUNT(*), SUM(l.weight), MIN(CASE WHEN l.first_ms >= 0 THEN l.first_ms END), MAX(l.last_ms)"
                + " FROM link l"
                + " JOIN cluster_member ma ON ma.account_ref = l.account_a AND ma.home"
                + " JOIN cluster ca ON ca.id = ma.cluster_id AND ca.run_id = l.run_id"
                + " JOIN cluster_member mb ON mb.account_ref = l.account_b AND mb.home"
                + " JOIN cluster cb ON cb.id = mb.cluster_id AND cb.run_id = l.run_id"
                + " WHERE l.run_id = ? AND ma.cluster_id <> mb.cluster_id"
                + " GROUP BY LEAST(ma.cluster_id, mb.cluster_id), GREATEST(ma.cluster_id, mb.cluster_id), l.rule"
                + " ORDER BY 1, 2, 3";
        List<ClusterLink> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long first = rs.getLong(6);
                    out.add(new ClusterLink(rs.getLong(1), rs.getLong(2), LinkRule.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getDouble(5), rs.wasNull() ? -1 : first, rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
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
