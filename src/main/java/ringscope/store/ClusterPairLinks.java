package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.ClusterLink;
import ringscope.model.LinkRecord;

/**
 * A run's links between clusters folded per cluster pair and rule, stored with the run ({@code cluster_pair_link},
 * V9, packed by {@link ClusterPairChunks}) so the overview reads them in one range scan instead of folding every link
 * of the run. {@link AnalysisWriter} writes them with a new run; a run stored before V9 gets them once, from the
 * graph ({@link #store}). Any thread; each call uses its own connection.
 */
public final class ClusterPairLinks {
    private final CaseStore store;

    public ClusterPairLinks(CaseStore store) {
        this.store = store;
    }

    /** The stored fold of run {@code runId}, ordered by cluster pair and rule; empty if the run has none stored. */
    public Optional<List<ClusterLink>> stored(long runId) {
        try (Connection c = store.connect()) {
            return stored(c, runId);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** {@link #stored(long)} on a connection the caller holds. */
    static Optional<List<ClusterLink>> stored(Connection c, long runId) throws SQLException {
        List<ClusterLink> out = new ArrayList<>();
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT entries, rules, packed FROM cluster_pair_link"
                + " WHERE run_id = ? ORDER BY chunk_no")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    any = true;
                    ClusterPairChunks.unpack(new ClusterPairChunks.Chunk(rs.getInt(1), rs.getString(2),
                            rs.getBytes(3)), out);
                }
            }
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    /**
     * Stores the fold of a run that has none yet (a run stored before V9), in one transaction; rows already there
     * are replaced by the same values, so storing twice is harmless.
     */
    public void store(long runId, List<ClusterLink> folded) {
        try (Connection c = store.connect()) {
            Transactions.inOne(c, () -> {
                write(c, runId, folded, "MERGE INTO cluster_pair_link KEY (run_id, chunk_no) VALUES (?, ?, ?, ?, ?)");
                return null;
            });
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Writes the fold of a new run inside the caller's transaction ({@link AnalysisWriter}). */
    static void insert(Connection c, long runId, List<ClusterLink> folded) throws SQLException {
        write(c, runId, folded, "INSERT INTO cluster_pair_link VALUES (?, ?, ?, ?, ?)");
    }

    private static void write(Connection c, long runId, List<ClusterLink> folded, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int chunkNo = 0;
            int from = 0;
            do {
                ClusterPairChunks.Chunk chunk = ClusterPairChunks.pack(folded.subList(from,
                        Math.min(folded.size(), from + ClusterPairChunks.CHUNK)));
                ps.setLong(1, runId);
                ps.setInt(2, chunkNo++);
                ps.setInt(3, chunk.entries());
                ps.setString(4, chunk.rules());
                ps.setBytes(5, chunk.packed());
                ps.addBatch();
                from += ClusterPairChunks.CHUNK;
            } while (from < folded.size());
            ps.executeBatch();
        }
    }

    /**
     * Folds the links of a run about to be written: clusters get ids from {@code firstCluster} in list order, links
     * ids in list order. The links are added in list order, that is by link id, the order in which
     * {@link GraphRows#clusterLinks} reads a stored run's links (its primary-key range, {@code ORDER BY id}), so both
     * folds agree to the last bit of every weight.
     */
    static List<ClusterLink> fold(AnalysisWriter.NewRun run, long firstCluster) {
        Map<Integer, Long> home = new HashMap<>();
        long id = firstCluster;
        for (AnalysisWriter.NewCluster k : run.clusters()) {
            for (AnalysisWriter.NewMember m : k.members()) {
                if (m.home()) {
                    home.put(m.accountRef(), id);
                }
            }
            id++;
        }
        ClusterPairFold fold = new ClusterPairFold();
        for (LinkRecord l : run.links()) {
            fold.add(home.get(l.accountA()), home.get(l.accountB()), l.rule(), l.weight(), l.firstMs(), l.lastMs());
        }
        return fold.result();
    }
}
