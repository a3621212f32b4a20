package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringscope.store.LinkAdjacencyTest.count;
import static ringscope.store.LinkAdjacencyTest.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.LinkFilter;
import ringscope.model.LinkRecord;

/**
 * V13: a run's links are one range of ids recorded with the run, read and deleted by it; the link table keeps no
 * index on its run. A case from before V13 gets the ranges of its runs at the next open, or, if a run's links are not
 * one range, is refused as it was.
 */
class LinkRunRangeTest {
    @TempDir
    Path tmp;

    @Test
    void aRunsLinksAreOneRangeOfIdsReadAndDeletedByIt() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            AnalysisWriter writer = new AnalysisWriter(store);
            long before = writer.save(run(1_000, 1));
            long middle = writer.save(run(20_000, 2));
            long after = writer.save(run(500, 3));
            for (long r : new long[] {before, middle, after}) {
                assertThat(firstLink(store, r)).isEqualTo(count(store, "SELECT MIN(id) FROM link WHERE run_id = " + r));
                assertThat(count(store, "SELECT MAX(id) - MIN(id) + 1 FROM link WHERE run_id = " + r))
                        .isEqualTo(count(store, "SELECT links FROM analysis_run WHERE id = " + r));
            }
            AnalysisRepository repo = new AnalysisRepository(store);
            assertThat(repo.links(middle, LinkFilter.all(100_000))).hasSize(20_000)
                    .allSatisfy(l -> assertThat(l.runId()).isEqualTo(middle));

            repo.deleteRun(middle);
            assertThat(count(store, "SELECT COUNT(*) FROM link")).isEqualTo(1_500);
            assertThat(count(store, "SELECT COUNT(*) FROM link WHERE run_id = " + middle)).isZero();
            assertThat(count(store, "SELECT COUNT(*) FROM link_adjacency WHERE run_id = " + middle)).isZero();
            assertThat(repo.links(before, LinkFilter.all(5_000))).hasSize(1_000);
            assertThat(repo.links(after, LinkFilter.all(5_000))).hasSize(500)
                    .extracting(LinkRecord::id).allSatisfy(id -> assertThat(id).isGreaterThan(21_000));

            long next = writer.save(run(700, 4)); // ids after the last run's, clear of both kept runs
            assertThat(firstLink(store, next)).isEqualTo(21_501);
            assertThat(repo.links(next, LinkFilter.all(5_000))).hasSize(700);
            assertThat(count(store, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'LINK'"))
                    .isOne(); // the primary key only
        }
    }

    @Test
    void aCaseFromBeforeV13GetsTheRangesOfItsRunsAndLosesTheRunKey() throws Exception {
        Path folder = tmp.resolve("case");
        long first;
        long second;
        try (CaseStore store = CaseStore.create(folder)) {
            AnalysisWriter writer = new AnalysisWriter(store);
            first = writer.save(run(3_000, 5));
            second = writer.save(run(2_000, 6));
            asBeforeV13(store);
            assertThat(foreignKeysOfLink(store)).isOne();
        }
        try (CaseStore store = CaseStore.open(folder)) {
            assertThat(firstLink(store, first)).isEqualTo(1);
            assertThat(firstLink(store, second)).isEqualTo(3_001);
            assertThat(foreignKeysOfLink(store)).isZero();
            AnalysisRepository repo = new AnalysisRepository(store);
            repo.deleteRun(first);
            assertThat(count(store, "SELECT COUNT(*) FROM link")).isEqualTo(2_000);
            assertThat(repo.links(second, LinkFilter.all(5_000))).hasSize(2_000);
        }
    }

    @Test
    void aCaseWhoseRunLinksAreNotOneRangeIsRefusedAsItWas() throws Exception {
        Path folder = tmp.resolve("case");
        try (CaseStore store = CaseStore.create(folder)) {
            AnalysisWriter writer = new AnalysisWriter(store);
            writer.save(run(1_000, 7));
            writer.save(run(1_000, 8));
            asBeforeV13(store);
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("UPDATE link SET id = 5000 WHERE id = 10"); // a gap in run 1's ids
            }
        }
        assertThatThrownBy(() -> CaseStore.open(folder)).isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("the links of analysis run 1 are not one range of ids");
        // the check runs before any change: still the schema of V12
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + folder.resolve("case").toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", ""); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_NAME = 'ANALYSIS_RUN' AND COLUMN_NAME = 'FIRST_LINK'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** As a case written before V13 looks: the run key on link, no first_link, V13 not applied. */
    private static void asBeforeV13(CaseStore store) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE link ADD FOREIGN KEY (run_id) REFERENCES analysis_run (id) ON DELETE CASCADE");
            s.execute("ALTER TABLE analysis_run DROP COLUMN first_link");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
        }
    }

    private static long firstLink(CaseStore store, long runId) throws Exception {
        return count(store, "SELECT first_link FROM analysis_run WHERE id = " + runId);
    }

    private static long foreignKeysOfLink(CaseStore store) throws Exception {
        return count(store, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = 'LINK'"
                + " AND CONSTRAINT_TYPE = 'FOREIGN KEY'");
    }
}
