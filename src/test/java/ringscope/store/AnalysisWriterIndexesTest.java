package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * A large analysis run is written with the link table's account indexes dropped and rebuilt: afterwards they exist
 * and answer as before, also when the write fails (and the case is as it was), and at open when they are missing.
 */
class AnalysisWriterIndexesTest {
    private static final int LARGE = 60_000;

    @TempDir
    Path tmp;

    @Test
    void largeRunsRebuildTheIndexesOnlyWhenThatPays() {
        assertThat(AnalysisWriter.rebuildsIndexes(LARGE, 0)).isTrue();
        assertThat(AnalysisWriter.rebuildsIndexes(LARGE, 4L * LARGE)).isTrue();
        assertThat(AnalysisWriter.rebuildsIndexes(LARGE, 4L * LARGE + 1)).isFalse();
        assertThat(AnalysisWriter.rebuildsIndexes(49_999, 0)).isFalse();
    }

    @Test
    void aLargeRunLeavesBothIndexesInPlaceAndTheLinksOfAnAccountFindable() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter.NewRun run = run(LARGE, 1);
            long runId = new AnalysisWriter(store).save(run);
            assertThat(linkIndexes(store)).containsExactlyInAnyOrder("LINK_RUN_A", "LINK_RUN_B");
            int account = run.links().get(123).accountB();
            long expected = run.links().stream().filter(l -> l.accountA() == account || l.accountB() == account)
                    .count();
            AnalysisRepository repo = new AnalysisRepository(store);
            assertThat(repo.linksTouching(runId, List.of(account), false)).hasSize((int) expected);
            assertThat(count(store, "SELECT COUNT(*) FROM link")).isEqualTo(LARGE);
        }
    }

    @Test
    void aLargeRunThatFailsLeavesTheCaseAsItWasWithItsIndexes() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter writer = new AnalysisWriter(store);
            writer.save(run(1_000, 1));
            AnalysisWriter.NewRun good = run(LARGE, 2);
            // a cluster whose inside links name an account that is not a member: caught after every link is written
            AnalysisWriter.NewRun bad = new AnalysisWriter.NewRun(good.name(), 0, "{}", 10, "", good.values(),
                    good.links(), List.of(new AnalysisWriter.NewCluster("bad", 1, 1, 0.5, List.of(),
                            List.of(new AnalysisWriter.NewMember(good.links().get(0).accountA(), true, 1, 1, 1, "")),
                            new int[] {0})));
            assertThatThrownBy(() -> writer.save(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(count(store, "SELECT COUNT(*) FROM link")).isEqualTo(1_000);
            assertThat(count(store, "SELECT COUNT(*) FROM analysis_run")).isEqualTo(1);
            assertThat(linkIndexes(store)).containsExactlyInAnyOrder("LINK_RUN_A", "LINK_RUN_B");
        }
    }

    @Test
    void missingLinkIndexesAreBuiltAtOpen() throws Exception {
        Path folder = tmp.resolve("case");
        try (CaseStore store = CaseStore.create(folder)) {
            new AnalysisWriter(store).save(run(1_000, 1));
            try (Connection c = store.connect()) {
                CaseIndexes.dropLinkIndexes(c); // as a process killed while writing a large run leaves them
            }
            assertThat(linkIndexes(store)).isEmpty();
        }
        try (CaseStore store = CaseStore.open(folder)) {
            assertThat(linkIndexes(store)).containsExactlyInAnyOrder("LINK_RUN_A", "LINK_RUN_B");
        }
    }

    private static AnalysisWriter.NewRun run(int links, long seed) {
        Random r = new Random(seed);
        List<SharedValue> values = new ArrayList<>();
        for (int i = 1; i <= 1_000; i++) {
            values.add(new SharedValue(i, LinkRule.SHARED_IP, "10.0." + (i / 256) + "." + (i % 256), 0, 12, true));
        }
        List<LinkRecord> out = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            int a = r.nextInt(20_000);
            out.add(new LinkRecord(0, 0, a, a + 1 + r.nextInt(20_000), LinkRule.SHARED_IP, r.nextDouble(),
                    values.get(r.nextInt(values.size())), 1 + r.nextInt(9), 1_000L * i, 1_000L * i + 500, "shared"));
        }
        return new AnalysisWriter.NewRun("run " + seed, 0, "{}", 40_000, "", values, out, List.of());
    }

    private static List<String> linkIndexes(CaseStore store) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = store.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                        + " WHERE TABLE_NAME = 'LINK' AND INDEX_NAME LIKE 'LINK_RUN_%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(CaseStore store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
