package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * Each run stores its links by account (link_adjacency) with the run: the links of an account, of a set of accounts
 * and among a set are exactly those of the run, also for an account with more links than one packed row holds; a
 * failed write leaves no rows; a run without rows (stored before V12) gets the same rows at the next open.
 */
class LinkAdjacencyTest {
    private static final int LINKS = 60_000;
    private static final int HUB = 7; // linked to 9,000 accounts: more than one row of LinkAdjacency.CHUNK entries

    @TempDir
    Path tmp;

    @Test
    void theLinksOfAnAccountOrOfASetAreExactlyThoseOfTheRun() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter writer = new AnalysisWriter(store);
            writer.save(run(1_000, 1)); // another run's links must not show up
            AnalysisWriter.NewRun run = run(LINKS, 2);
            long runId = writer.save(run);
            long first = firstLink(store, runId);
            AnalysisRepository repo = new AnalysisRepository(store);
            for (int account : List.of(HUB, run.links().get(123).accountB(), run.links().get(40_000).accountA())) {
                List<Long> expected = ids(run, first, l -> l.accountA() == account || l.accountB() == account);
                assertThat(repo.linksTouching(runId, List.of(account), false)).extracting(LinkRecord::id)
                        .containsExactlyElementsOf(expected);
            }
            assertThat(rowsOf(store, runId, HUB)).isGreaterThan(1);

            Set<Integer> set = new HashSet<>();
            for (int i = 0; i < 3_000; i++) {
                set.add(run.links().get(i * 17).accountA());
            }
            set.add(HUB);
            assertThat(repo.linksTouching(runId, set, false)).extracting(LinkRecord::id).containsExactlyElementsOf(
                    ids(run, first, l -> set.contains(l.accountA()) || set.contains(l.accountB())));
            List<Long> among = ids(run, first, l -> set.contains(l.accountA()) && set.contains(l.accountB()));
            assertThat(among).hasSizeGreaterThan(100);
            assertThat(repo.linksTouching(runId, set, true)).extracting(LinkRecord::id)
                    .containsExactlyElementsOf(among);
            assertThat(new GraphRows(store).linksAmong(runId, set)).extracting(LinkEnds::id)
                    .containsExactlyElementsOf(among);
            LinkRecord stored = repo.linksTouching(runId, List.of(HUB), false).get(5);
            LinkRecord given = run.links().get((int) (stored.id() - first));
            assertThat(stored.accountA()).isEqualTo(given.accountA());
            assertThat(stored.accountB()).isEqualTo(given.accountB());
            assertThat(stored.weight()).isEqualTo(given.weight());

            assertThat(count(store, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'LINK'"
                    + " AND INDEX_NAME LIKE 'LINK_RUN_%'")).isZero();
        }
    }

    @Test
    void sortingInSmallBlocksWritesTheSameRows() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter.NewRun run = run(LINKS, 3);
            long runId = new AnalysisWriter(store).save(run);
            List<String> whole = rows(store, runId);
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM link_adjacency");
                // blocks of 1,000 entries: about 120 blocks, and the hub alone in one larger than the block
                LinkAdjacency.write(c, runId, firstLink(store, runId), ends(run), 1_000);
            }
            assertThat(rows(store, runId)).hasSizeGreaterThan(1_000).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void aRunThatFailsLeavesNoLinksByAccount() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter writer = new AnalysisWriter(store);
            writer.save(run(1_000, 1));
            long before = count(store, "SELECT COUNT(*) FROM link_adjacency");
            AnalysisWriter.NewRun good = run(LINKS, 2);
            // a cluster whose inside links name an account that is not a member: caught after every link is written
            AnalysisWriter.NewRun bad = new AnalysisWriter.NewRun(good.name(), 0, "{}", 10, "", good.values(),
                    good.links(), List.of(new AnalysisWriter.NewCluster("bad", 1, 1, 0.5, List.of(),
                            List.of(new AnalysisWriter.NewMember(good.links().get(0).accountA(), true, 1, 1, 1, "")),
                            new int[] {0})));
            assertThatThrownBy(() -> writer.save(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(count(store, "SELECT COUNT(*) FROM link")).isEqualTo(1_000);
            assertThat(count(store, "SELECT COUNT(*) FROM analysis_run")).isEqualTo(1);
            assertThat(count(store, "SELECT COUNT(*) FROM link_adjacency")).isEqualTo(before).isPositive();
        }
    }

    @Test
    void aRunStoredWithoutLinksByAccountGetsTheSameRowsAtOpen() throws Exception {
        Path folder = tmp.resolve("case");
        long runId;
        List<String> written;
        try (CaseStore store = CaseStore.create(folder)) {
            runId = new AnalysisWriter(store).save(run(LINKS, 4));
            written = rows(store, runId);
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM link_adjacency"); // as a run stored before V12 has none
            }
        }
        try (CaseStore store = CaseStore.open(folder)) {
            assertThat(rows(store, runId)).hasSizeGreaterThan(1_000).containsExactlyElementsOf(written);
            try (Connection c = store.connect()) {
                assertThat(LinkAdjacency.ensure(c)).isZero(); // nothing left to build
            }
        }
    }

    static AnalysisWriter.NewRun run(int links, long seed) {
        Random r = new Random(seed);
        List<SharedValue> values = new ArrayList<>();
        for (int i = 1; i <= 1_000; i++) {
            values.add(new SharedValue(i, LinkRule.SHARED_IP, "10.0." + (i / 256) + "." + (i % 256), 0, 12, true));
        }
        List<LinkRecord> out = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            int a = i % 6 == 0 ? HUB : r.nextInt(20_000);
            int b = a + 1 + r.nextInt(20_000);
            if (a == HUB && i % 12 == 0) { // the hub as the larger end too
                a = r.nextInt(HUB);
                b = HUB;
            }
            out.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_IP, r.nextDouble(),
                    values.get(r.nextInt(values.size())), 1 + r.nextInt(9), 1_000L * i, 1_000L * i + 500, "shared"));
        }
        return new AnalysisWriter.NewRun("run " + seed, 0, "{}", 40_000, "", values, out, List.of());
    }

    private static LinkAdjacency.Ends ends(AnalysisWriter.NewRun run) {
        return new LinkAdjacency.Ends() {
            @Override
            public int size() {
                return run.links().size();
            }

            @Override
            public int accountA(int i) {
                return run.links().get(i).accountA();
            }

            @Override
            public int accountB(int i) {
                return run.links().get(i).accountB();
            }

            @Override
            public int offset(int i) {
                return i;
            }
        };
    }

    private static List<Long> ids(AnalysisWriter.NewRun run, long first,
            java.util.function.Predicate<LinkRecord> which) {
        return LongStream.range(0, run.links().size()).filter(i -> which.test(run.links().get((int) i)))
                .map(i -> first + i).boxed().toList();
    }

    private static long firstLink(CaseStore store, long runId) throws Exception {
        return count(store, "SELECT MIN(id) FROM link WHERE run_id = " + runId);
    }

    private static long rowsOf(CaseStore store, long runId, int account) throws Exception {
        return count(store, "SELECT COUNT(*) FROM link_adjacency WHERE run_id = " + runId + " AND account_ref = "
                + account);
    }

    /** Every row of the run as text, in primary-key order. */
    private static List<String> rows(CaseStore store, long runId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT account_ref, chunk_no, base_link, links, packed"
                        + " FROM link_adjacency WHERE run_id = ? ORDER BY account_ref, chunk_no")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getLong(3) + "/" + rs.getInt(4) + "/"
                            + java.util.HexFormat.of().formatHex(rs.getBytes(5)));
                }
            }
        }
        return out;
    }

    static long count(CaseStore store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
