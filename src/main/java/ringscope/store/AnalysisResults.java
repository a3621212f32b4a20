package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/** Stores analysis runs (one transaction per run) and answers the questions views and commands ask of them. */
public final class AnalysisResults {
    private final CaseStore store;

    public AnalysisResults(CaseStore store) {
        this.store = store;
    }

    /** A cluster to store: label, members with confidence and link counts, score and its parts as JSON. */
    public record NewCluster(String label, long interactions, double score, String partsJson,
            Map<Integer, double[]> members) {}

    /** Writes a whole run in one transaction and returns its id; nothing is kept if anything fails. */
    public long save(String name, String parametersJson, long startedMs, int accounts, List<LinkRecord> links,
            List<NewCluster> clusters) {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try {
                long runId = next(c, "analysis_run");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_run VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, runId);
                    ps.setString(2, name);
                    ps.setLong(3, startedMs);
                    ps.setLong(4, System.currentTimeMillis());
                    ps.setString(5, parametersJson);
                    ps.setInt(6, accounts);
                    ps.setInt(7, links.size());
                    ps.setInt(8, clusters.size());
                    ps.executeUpdate();
                }
                insertLinks(c, runId, links);
                insertClusters(c, runId, clusters);
                c.commit();
                return runId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertLinks(Connection c, long runId, List<LinkRecord> links) throws SQLException {
        long id = next(c, "link");
        String sql = "INSERT INTO link VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (LinkRecord l : links) {
                ps.setLong(1, id++);
                ps.setLong(2, runId);
                ps.setInt(3, l.accountA());
                ps.setInt(4, l.accountB());
                ps.setString(5, l.rule().name());
                ps.setString(6, l.rule().tier().name());
                ps.setDouble(7, l.weight());
                ps.setString(8, l.sharedValue().length() > 2000 ? l.sharedValue().substring(0, 2000) : l.sharedValue());
                if (l.termRef() == 0) {
                    ps.setNull(9, Types.INTEGER);
                } else {
                    ps.setInt(9, l.termRef());
                }
                ps.setInt(10, l.valueAccounts());
                ps.setLong(11, l.evidenceRows());
                ps.setLong(12, l.firstMs());
                ps.setLong(13, l.lastMs());
                ps.setString(14, l.explanation());
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertClusters(Connection c, long runId, List<NewCluster> clusters) throws SQLException {
        long id = next(c, "cluster");
        try (PreparedStatement pc = c.prepareStatement("INSERT INTO cluster VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement pm = c.prepareStatement("INSERT INTO cluster_member VALUES (?, ?, ?, ?)")) {
            for (NewCluster k : clusters) {
                pc.setLong(1, id);
                pc.setLong(2, runId);
                pc.setString(3, k.label());
                pc.setInt(4, k.members().size());
                pc.setLong(5, k.interactions());
                pc.setDouble(6, k.score());
                pc.setString(7, k.partsJson());
                pc.addBatch();
                for (Map.Entry<Integer, double[]> m : k.members().entrySet()) {
                    pm.setLong(1, id);
                    pm.setInt(2, m.getKey());
                    pm.setDouble(3, m.getValue()[0]);
                    pm.setInt(4, (int) m.getValue()[1]);
                    pm.addBatch();
                }
                id++;
            }
            pc.executeBatch();
            pm.executeBatch();
        }
    }

    public List<AnalysisRunInfo> runs() {
        List<AnalysisRunInfo> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM analysis_run ORDER BY id")) {
            while (rs.next()) {
                out.add(new AnalysisRunInfo(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public void deleteRun(long runId) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM analysis_run WHERE id = ?")) {
            ps.setLong(1, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Clusters of a run, highest score first: {id, label, size, interactions, score, parts JSON}. */
    public List<Object[]> clusters(long runId) {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT id, label, size, interactions, score, score_parts"
                        + " FROM cluster WHERE run_id = ? ORDER BY score DESC, id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getDouble(5), rs.getString(6)});
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public List<ClusterMember> members(long clusterId) {
        List<ClusterMember> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT m.cluster_id, m.account_ref, a.account_id,"
                        + " m.confidence, m.links FROM cluster_member m JOIN account a ON a.id = m.account_ref"
                        + " WHERE m.cluster_id = ? ORDER BY m.confidence DESC, a.account_id")) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClusterMember(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4),
                            rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Links of a run touching any of the given accounts (both ends when {@code bothEnds}). */
    public List<LinkRecord> links(long runId, java.util.Collection<Integer> accounts, boolean bothEnds) {
        List<LinkRecord> out = new ArrayList<>();
        if (accounts.isEmpty()) {
            return out;
        }
        java.util.Set<Integer> set = new java.util.HashSet<>(accounts);
        String sql = "SELECT id, account_a, account_b, rule, weight, shared_value, COALESCE(term_ref, 0),"
                + " value_accounts, evidence_rows, first_ms, last_ms, explanation FROM link WHERE run_id = ?"
                + " AND (account_a = ? OR account_b = ?)";
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int a : set) {
                ps.setLong(1, runId);
                ps.setInt(2, a);
                ps.setInt(3, a);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LinkRecord l = new LinkRecord(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                                LinkRule.valueOf(rs.getString(4)), rs.getDouble(5), rs.getString(6), rs.getInt(7),
                                rs.getInt(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getString(12));
                        boolean keep = !bothEnds || set.contains(l.accountA()) && set.contains(l.accountB());
                        if (keep && seen.add(l.id())) {
                            out.add(l);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** The surrogate key of an account id, or -1 when the case has no such account. */
    public int accountRef(String accountId) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM account WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Account ids of the given surrogate keys. */
    public Map<Integer, String> accountIds(java.util.Collection<Integer> refs) {
        Map<Integer, String> out = new java.util.HashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT account_id FROM account WHERE id = ?")) {
            for (int r : refs) {
                ps.setInt(1, r);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(r, rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
