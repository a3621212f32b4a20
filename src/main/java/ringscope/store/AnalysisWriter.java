package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRecord;
import ringscope.model.ScorePart;
import ringscope.model.SharedValue;

/**
 * Writes a whole analysis run in ONE transaction: the run, its shared values, links, clusters, score parts, members
 * and each cluster's links among its members ({@code cluster_link}, what opening a cluster in the graph reads; for a
 * dense cluster also those of the edges its unfiltered view draws, {@code cluster_drawn_link}), and
 * the links between clusters folded per cluster pair and rule ({@code cluster_pair_link}, what the overview reads;
 * see {@link ClusterPairLinks}). Either everything is stored or (on any failure) nothing. Ids are allocated after the highest stored ones, so they are
 * unique across runs.
 */
public final class AnalysisWriter {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            AnalysisWriter.class.getName());
    private static final int BATCH = 5_000;

    private final CaseStore store;

    public AnalysisWriter(CaseStore store) {
        this.store = store;
    }

    /** A member to store; see {@link ringscope.model.ClusterMember}. */
    public record NewMember(int accountRef, boolean home, double confidence, int links, double weightInside,
            String rules) {}

    /**
     * A cluster to store; clusters are ranked in list order (first = rank 1), members are stored in list order
     * ({@code cluster_member.ord}: home members first, then by confidence, then by account id, as the analysis sorts
     * them; the graph shows a large cluster's first members). {@code linksInside}: positions in
     * {@link NewRun#links()} of the links with both accounts among the members, ascending (the array is not copied).
     */
    public record NewCluster(String label, int coreSize, long interactions, double score, List<ScorePart> parts,
            List<NewMember> members, int[] linksInside) {}

    /**
     * A run to store. Values carry local ids 1..n (their position + 1); each link's {@code value().id()} is such a
     * local id; link ids and run ids inside the records are ignored.
     */
    public record NewRun(String name, long startedMs, String parametersJson, int accounts, String stepTimes,
            List<SharedValue> values, List<LinkRecord> links, List<NewCluster> clusters) {}

    /**
     * Stores {@code run} and returns its id. The run's links are found by account through its own rows of
     * {@code link_adjacency} ({@link LinkAdjacency}), written in the same transaction, not through indexes over the
     * whole link table: kept up to date link by link those made most of the 13 minutes that saving the
     * campaign-scale run took (7.9M links, whose accounts come in no order an index could follow), and rebuilt after
     * the commit they still took about 60 s for that run, and longer with every run the case held.
     */
    public long save(NewRun run) {
        try (Connection c = store.connect()) {
            return write(c, run);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static long write(Connection c, NewRun run) throws SQLException {
        PhaseTimes times = new PhaseTimes();
        long runId = Transactions.inOne(c, () -> {
            long id = next(c, "analysis_run");
            long firstLink = next(c, "link");
            insertRun(c, id, firstLink, run);
            long valueBase = next(c, "link_value") - 1;
            insertValues(c, id, valueBase, run.values());
            times.done("values");
            insertLinks(c, id, valueBase, firstLink, run.links());
            times.done("links");
            LinkAdjacency.write(c, id, firstLink, new RunEnds(run.links()));
            times.done("links by account");
            long firstCluster = next(c, "cluster");
            insertClusters(c, id, firstCluster, run.clusters());
            times.done("clusters");
            insertClusterLinks(c, firstCluster, firstLink, run);
            times.done("clusters' links");
            ClusterPairLinks.insert(c, id, ClusterPairLinks.fold(run, firstCluster));
            times.done("links between clusters");
            return id;
        });
        times.done("commit");
        LOG.info(() -> "saved analysis run " + runId + " (" + run.links().size() + " links): " + times);
        return runId;
    }

    /**
     * How long each part of a write took, logged: where saving a large run spends its time. At campaign scale (7.9M
     * links) inserting the links took 30 s and H2's commit of the one transaction 29 s. Committing the links in
     * batches while the run was marked incomplete was tried and measured: the commit fell to 3 s but the inserts rose
     * to 48-52 s (docs/benchmarks.md), so the run stays one transaction.
     */
    private static final class PhaseTimes {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The run's links get the ids [{@code firstLink}, {@code firstLink + links - 1}] ({@link RunLinkRange}). */
    private static void insertRun(Connection c, long runId, long firstLink, NewRun run) throws SQLException {
        long commonValues = run.values().stream().filter(v -> !v.linked()).count();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analysis_run VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setString(2, cut(run.name(), 200));
            ps.setLong(3, run.startedMs());
            ps.setLong(4, System.currentTimeMillis());
            ps.setString(5, run.parametersJson());
            ps.setInt(6, run.accounts());
            ps.setInt(7, run.links().size());
            ps.setInt(8, run.clusters().size());
            ps.setInt(9, (int) commonValues);
            ps.setString(10, cut(run.stepTimes(), 2000));
            ps.setLong(11, firstLink);
            ps.executeUpdate();
        }
    }

    private static void insertValues(Connection c, long runId, long base, List<SharedValue> values)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_value VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (SharedValue v : values) {
                ps.setLong(1, base + v.id());
                ps.setLong(2, runId);
                ps.setString(3, v.rule().name());
                ps.setString(4, cut(v.text(), 2000));
                ps.setLong(5, v.ref());
                ps.setInt(6, v.accounts());
                ps.setBoolean(7, v.linked());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertLinks(Connection c, long runId, long valueBase, long firstId, List<LinkRecord> links)
            throws SQLException {
        long id = firstId;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO link VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (LinkRecord l : links) {
                ps.setLong(1, id++);
                ps.setLong(2, runId);
                ps.setInt(3, l.accountA());
                ps.setInt(4, l.accountB());
                ps.setString(5, l.rule().name());
                ps.setString(6, l.tier().name());
                ps.setDouble(7, l.weight());
                ps.setLong(8, valueBase + l.value().id());
                ps.setLong(9, l.evidenceCount());
                ps.setLong(10, l.firstMs());
                ps.setLong(11, l.lastMs());
                ps.setString(12, cut(l.detail(), 400));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertClusters(Connection c, long runId, long firstId, List<NewCluster> clusters)
            throws SQLException {
        long id = firstId;
        try (PreparedStatement pc = c.prepareStatement("INSERT INTO cluster VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement pp = c.prepareStatement("INSERT INTO cluster_score_part VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement pm = c.prepareStatement(
                        "INSERT INTO cluster_member (cluster_id, account_ref, home, confidence, links, weight_inside,"
                        + " rules, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rank = 1;
            for (NewCluster k : clusters) {
                pc.setLong(1, id);
                pc.setLong(2, runId);
                pc.setInt(3, rank++);
                pc.setString(4, cut(k.label(), 400));
                pc.setInt(5, k.members().size());
                pc.setInt(6, k.coreSize());
                pc.setLong(7, k.interactions());
                pc.setDouble(8, k.score());
                pc.addBatch();
                int ord = 0;
                for (ScorePart p : k.parts()) {
                    pp.setLong(1, id);
                    pp.setInt(2, ord++);
                    pp.setString(3, cut(p.name(), 64));
                    pp.setDouble(4, p.value());
                    pp.setDouble(5, p.weight());
                    pp.setString(6, cut(p.measured(), 400));
                    pp.addBatch();
                }
                int position = 0;
                for (NewMember m : k.members()) {
                    pm.setInt(8, position++);
                    pm.setLong(1, id);
                    pm.setInt(2, m.accountRef());
                    pm.setBoolean(3, m.home());
                    pm.setDouble(4, m.confidence());
                    pm.setInt(5, m.links());
                    pm.setDouble(6, m.weightInside());
                    pm.setString(7, cut(m.rules(), 400));
                    pm.addBatch();
                }
                id++;
            }
            pc.executeBatch();
            pp.executeBatch();
            pm.executeBatch();
        }
    }

    /** Each cluster's links in member order ({@link ClusterLinks}), clusters in primary-key order. */
    private static void insertClusterLinks(Connection c, long firstCluster, long firstLink, NewRun run)
            throws SQLException {
        long clusterId = firstCluster;
        for (NewCluster k : run.clusters()) {
            Map<Integer, Integer> ordOf = new HashMap<>();
            for (int i = 0; i < k.members().size(); i++) {
                ordOf.put(k.members().get(i).accountRef(), i);
            }
            int[] inside = k.linksInside();
            ClusterLinks.insert(c, clusterId++, inside.length, j -> {
                LinkRecord l = run.links().get(inside[j]);
                return new LinkEnds(firstLink + inside[j], l.accountA(), l.accountB(), l.rule(), l.weight(),
                        l.firstMs(), l.lastMs());
            }, ordOf);
        }
    }

    /** The links of a run being written: link i gets id first link + i. */
    private record RunEnds(List<LinkRecord> links) implements LinkAdjacency.Ends {
        @Override
        public int size() {
            return links.size();
        }

        @Override
        public int accountA(int i) {
            return links.get(i).accountA();
        }

        @Override
        public int accountB(int i) {
            return links.get(i).accountB();
        }

        @Override
        public int offset(int i) {
            return i;
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
