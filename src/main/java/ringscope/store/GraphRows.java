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
import java.util.concurrent.CancellationException;
import ringscope.model.AccountFacts;
import ringscope.model.CancelToken;
import ringscope.model.ClusterLink;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRule;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * The reads the graph views need beyond the analysis queries: links between clusters folded per rule (for the
 * overview of a run stored before V9), the links among accounts (for a run stored before V7 and for expansions),
 * account attributes and volumes, and home clusters of accounts. Any thread; each call uses its own
 * connection.
 */
public final class GraphRows {
    private static final int PROGRESS_EVERY = 100_000;
    /** The progress stage of {@link #clusterLinks(long, ProgressSink, CancelToken)}. */
    public static final String FOLD_STAGE = "folding the links between clusters";
    private static final String[][] ATTRIBUTES = {{"email_domain", "email_domain"}, {"email_hash", "email_hash"},
        {"billing_country", "country"}, {"plan", "plan"}, {"status", "status"}, {"signup_ip", "signup_ip"},
        {"payment_fingerprint", "payment"}, {"verification_path", "verification"}, {"org_name", "org"}};

    private final CaseStore store;

    public GraphRows(CaseStore store) {
        this.store = store;
    }

    /**
     * Links of a run between accounts whose home clusters differ, folded per cluster pair and rule, ordered by pair
     * and rule: one scan of ALL the run's links folded in memory ({@link ClusterPairFold}), for runs stored before
     * the fold was stored with the run ({@link ClusterPairLinks}). The same fold as a GROUP BY over two membership
     * joins took 26 s on a 419k-link run here; this scan 1-3 s of CPU there, 31 s on the 7.9M links of the
     * campaign-scale case. Reports progress per 100,000 links; stops with a {@link CancellationException} at the next
     * check once {@code cancel} is set.
     */
    public List<ClusterLink> clusterLinks(long runId, ProgressSink progress, CancelToken cancel) {
        try (Connection c = store.connect()) {
            return clusterLinks(c, runId, progress, cancel);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** {@link #clusterLinks(long, ProgressSink, CancelToken)} on a connection the caller holds. */
    static List<ClusterLink> clusterLinks(Connection c, long runId, ProgressSink progress, CancelToken cancel)
            throws SQLException {
        long started = System.currentTimeMillis();
        Map<Integer, Long> home = new HashMap<>();
        ClusterPairFold fold = new ClusterPairFold();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.account_ref, m.cluster_id FROM cluster_member m"
                + " JOIN cluster k ON k.id = m.cluster_id WHERE k.run_id = ? AND m.home")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    home.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        RunLinkRange range = RunLinkRange.of(c, runId);
        long total = range.count();
        // the run's primary-key range, read in id order: the order ClusterPairLinks.fold adds links in
        try (PreparedStatement ps = c.prepareStatement("SELECT account_a, account_b, rule, weight, first_ms,"
                + " last_ms FROM link WHERE id BETWEEN ? AND ? AND run_id = ? ORDER BY id")) {
            ps.setLong(range.bind(ps, 1), runId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    if (n++ % PROGRESS_EVERY == 0) {
                        if (cancel.isCancelled()) {
                            throw new CancellationException("folding the links between clusters was cancelled");
                        }
                        progress.report(new Progress(FOLD_STAGE, n, n, total, System.currentTimeMillis() - started));
                    }
                    fold.add(home.get(rs.getInt(1)), home.get(rs.getInt(2)), LinkRule.valueOf(rs.getString(3)),
                            rs.getDouble(4), rs.getLong(5), rs.getLong(6));
                }
            }
        }
        return fold.result();
    }

    /** {@link #clusterLinks(long, ProgressSink, CancelToken)} without progress or cancel. */
    public List<ClusterLink> clusterLinks(long runId) {
        return clusterLinks(runId, ProgressSink.NONE, CancelToken.none());
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
     * Links of a run with both ends among {@code refs}, by id: the ids from the accounts' rows of the run's links by
     * account ({@link LinkAdjacency}), then the links by primary key (faster here than the link table's former
     * account indexes, IN lists over them, which H2 answered with scans, or the cluster-membership join, about 20 s
     * for a 2,500-account cluster).
     */
    public List<LinkEnds> linksAmong(long runId, Collection<Integer> refs) {
        List<LinkEnds> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            InLists.forIds(c, "SELECT id, account_a, account_b, rule, weight, first_ms, last_ms FROM link"
                    + " WHERE id IN (%s)", LinkAdjacency.linkIds(c, runId, refs, true),
                    rs -> out.add(new LinkEnds(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                            LinkRule.valueOf(rs.getString(4)), rs.getDouble(5), rs.getLong(6), rs.getLong(7))));
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        out.sort(java.util.Comparator.comparingLong(LinkEnds::id));
        return out;
    }

    /** The score of every cluster of a run by cluster id (what colours account nodes by their home cluster). */
    public Map<Long, Double> clusterScores(long runId) {
        Map<Long, Double> out = new HashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT id, score FROM cluster WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /**
     * Reads the rows of accounts {@code from} to {@code from + count - 1} with the columns {@link #accounts} reads, and
     * drops them: what stays is their pages in the database's page cache, so that a later read of scattered accounts
     * (the members of a cluster being opened) finds them there instead of reading and decoding a page per account
     * (on the campaign-scale case: 150-190 ms for the first 2,000 members of a cluster, 25-35 ms with the pages
     * cached; the 125,343 accounts take about 1 s to read ahead and fit the default 64 MB cache). Returns the highest
     * account id of the case, so the caller knows when it is done.
     */
    public int readAccountsAhead(int from, int count) {
        StringBuilder cols = new StringBuilder("id, account_id, interactions");
        for (String[] a : ATTRIBUTES) {
            cols.append(", ").append(a[0]);
        }
        try (Connection c = store.connect();
                PreparedStatement rows = c.prepareStatement("SELECT " + cols + " FROM account WHERE id >= ? AND id < ?");
                PreparedStatement last = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM account")) {
            rows.setInt(1, from);
            rows.setInt(2, from + count);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2); // fetched, then dropped: the pages are what is wanted
                }
            }
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Home cluster of each given account in a run (accounts in no cluster are left out). */
    public Map<Integer, Long> homeClusters(long runId, Collection<Integer> refs) {
        Map<Integer, Long> out = new HashMap<>();
        forChunks(refs, "SELECT m.account_ref, m.cluster_id FROM cluster_member m JOIN cluster c ON c.id = m.cluster_id"
                + " AND c.run_id = " + runId + " WHERE m.home AND m.account_ref IN (%s)",
                rs -> out.put(rs.getInt(1), rs.getLong(2)));
        return out;
    }

    private void forChunks(Collection<Integer> refs, String sqlTemplate, InLists.RowSink sink) {
        List<Integer> list = new ArrayList<>(refs);
        try (Connection c = store.connect()) {
            InLists.forChunks(c, sqlTemplate, list.size(), (ps, parameter, index) -> ps.setInt(parameter,
                    list.get(index)), sink);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }
}
