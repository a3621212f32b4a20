package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.analysis.AnalysedDatasets;
import ringscope.analysis.AnalysisQueries;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkEnds;

/**
 * A cluster's stored links in member order (V10): the links among its first n members are exactly those of all its
 * stored links with both accounts among them, for every n, read from the rows that can hold them only; a cluster
 * stored before V10 gives the same answer and is packed again in member order; members come in member order.
 */
class ClusterLinksTest {
    @TempDir
    Path tmp;

    private CaseStore store;
    private long runId;
    private AnalysisQueries queries;
    private ClusterLinks links;

    @BeforeEach
    void analyse() {
        store = CaseStore.create(tmp.resolve("case"));
        runId = AnalysedDatasets.importAndAnalyse(store, "classroom-reseller", "run").info().id();
        queries = new AnalysisQueries(store);
        links = new ClusterLinks(store);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void theLinksAmongTheFirstMembersAreExactlyTheStoredLinksBetweenThemForEveryCount() throws Exception {
        ClusterSummary top = queries.clusters(runId).get(0);
        assertThat(links.all(top.id()).orElseThrow()).hasSizeGreaterThan(ClusterLinkChunks.CHUNK);
        for (ClusterSummary c : queries.clusters(runId)) {
            List<LinkEnds> all = links.all(c.id()).orElseThrow();
            List<ClusterMember> members = queries.members(c.id());
            for (int n : new int[] {0, 1, 2, 3, 5, 10, members.size() / 2, members.size() - 1, members.size(),
                    members.size() + 100}) {
                assertThat(links.amongFirst(c.id(), n).orElseThrow()).as("cluster %d, first %d", c.id(), n)
                        .isEqualTo(among(all, members, n));
            }
            assertRowsInMemberOrder(c.id(), members);
        }
        // the point of the order: few members need few rows (the top cluster has more rows than one)
        List<ClusterMember> members = queries.members(top.id());
        int fewRows = count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id() + " AND reach < 5");
        int allRows = count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id());
        assertThat(fewRows).isEqualTo(1).isLessThan(allRows);
        assertThat(members).hasSizeGreaterThan(5);
    }

    @Test
    void membersComeHomeFirstThenByConfidenceThenByAccountIdAndTheFirstOnesAreTheirHead() {
        for (ClusterSummary c : queries.clusters(runId)) {
            List<ClusterMember> members = queries.members(c.id());
            assertThat(members).hasSize(c.size()).isSortedAccordingTo(java.util.Comparator
                    .comparing((ClusterMember m) -> !m.home())
                    .thenComparing(java.util.Comparator.comparingDouble(ClusterMember::confidence).reversed())
                    .thenComparing(ClusterMember::accountId));
            assertThat(queries.firstMembers(c.id(), 3)).isEqualTo(members.subList(0, Math.min(3, members.size())));
        }
    }

    @Test
    void aClusterStoredBeforeMemberOrderGivesTheSameLinksAndIsPackedAgainInMemberOrder() throws Exception {
        ClusterSummary top = queries.clusters(runId).get(0);
        List<LinkEnds> all = links.all(top.id()).orElseThrow();
        List<ClusterMember> members = queries.members(top.id());
        int rows = count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id());
        storeInIdOrder(top.id(), all);
        assertThat(count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id() + " AND reach IS NULL"))
                .isEqualTo(rows);

        assertThat(links.amongFirst(top.id(), 7).orElseThrow()).isEqualTo(among(all, members, 7));
        assertThat(count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id() + " AND reach IS NULL"))
                .isZero();
        assertThat(links.all(top.id()).orElseThrow()).isEqualTo(all);
        assertRowsInMemberOrder(top.id(), members);
        assertThat(links.amongFirst(top.id(), 7).orElseThrow()).isEqualTo(among(all, members, 7));
    }

    @Test
    void whenTheRepackCannotBeStoredTheLinksAreStillRightAndTheOldRowsStay() throws Exception {
        ClusterSummary top = queries.clusters(runId).get(0);
        List<LinkEnds> all = links.all(top.id()).orElseThrow();
        List<ClusterMember> members = queries.members(top.id());
        storeInIdOrder(top.id(), all);
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            // the repack's INSERT (which sets reach) now fails after its DELETE, which must be rolled back
            s.execute("ALTER TABLE cluster_link ADD CONSTRAINT old_rows_only CHECK (reach IS NULL OR cluster_id <> "
                    + top.id() + ")");
        }
        assertThat(links.amongFirst(top.id(), members.size()).orElseThrow()).isEqualTo(all);
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE cluster_link DROP CONSTRAINT old_rows_only");
        }
        assertThat(links.all(top.id()).orElseThrow()).isEqualTo(all);
        assertThat(count("SELECT COUNT(*) FROM cluster_link WHERE cluster_id = " + top.id() + " AND reach IS NULL"))
                .isPositive();
        assertThat(links.amongFirst(top.id(), 4).orElseThrow()).isEqualTo(among(all, members, 4));
    }

    @Test
    void aClusterWithNoStoredLinksHasNoneToGive() throws Exception {
        ClusterSummary top = queries.clusters(runId).get(0);
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM cluster_link WHERE cluster_id = " + top.id()); // a run stored before V7
        }
        assertThat(links.amongFirst(top.id(), 10)).isEmpty();
        assertThat(links.all(top.id())).isEmpty();
    }

    private static List<LinkEnds> among(List<LinkEnds> all, List<ClusterMember> members, int n) {
        BitSet first = new BitSet();
        members.stream().limit(n).forEach(m -> first.set(m.accountRef()));
        return all.stream().filter(l -> first.get(l.accountA()) && first.get(l.accountB())).toList();
    }

    /** Rows hold links by (later member position, id), and each row's reach is its first link's later position. */
    private void assertRowsInMemberOrder(long clusterId, List<ClusterMember> members) throws Exception {
        Map<Integer, Integer> ord = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ord.put(members.get(i).accountRef(), i);
        }
        List<long[]> keys = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT links, rules, packed, reach FROM cluster_link"
                        + " WHERE cluster_id = ? ORDER BY chunk_no")) {
            ps.setLong(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<LinkEnds> row = new ArrayList<>();
                    ClusterLinkChunks.unpack(new ClusterLinkChunks.Chunk(rs.getInt(1), rs.getString(2),
                            rs.getBytes(3)), row);
                    assertThat(rs.getInt(4)).isEqualTo(later(row.get(0), ord));
                    row.forEach(l -> keys.add(new long[] {later(l, ord), l.id()}));
                }
            }
        }
        assertThat(keys).isSortedAccordingTo(java.util.Comparator.<long[]>comparingLong(k -> k[0])
                .thenComparingLong(k -> k[1]));
    }

    private static int later(LinkEnds l, Map<Integer, Integer> ord) {
        return Math.max(ord.get(l.accountA()), ord.get(l.accountB()));
    }

    /** What a cluster stored before V10 looks like: its links packed in id order, reach NULL. */
    private void storeInIdOrder(long clusterId, List<LinkEnds> all) throws Exception {
        try (Connection c = store.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM cluster_link WHERE cluster_id = " + clusterId);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_link (cluster_id, chunk_no, links,"
                    + " rules, packed) VALUES (?, ?, ?, ?, ?)")) {
                for (int from = 0, no = 0; from < all.size(); from += ClusterLinkChunks.CHUNK, no++) {
                    ClusterLinkChunks.Chunk chunk = ClusterLinkChunks.pack(all.subList(from,
                            Math.min(all.size(), from + ClusterLinkChunks.CHUNK)));
                    ps.setLong(1, clusterId);
                    ps.setInt(2, no);
                    ps.setInt(3, chunk.links());
                    ps.setString(4, chunk.rules());
                    ps.setBytes(5, chunk.packed());
                    ps.executeUpdate();
                }
            }
        }
    }

    private int count(String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
