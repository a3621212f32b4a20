package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.model.RejectReason;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/**
 * The aggregates stay exact when the importer hands its cells over in instalments (a cell budget far below the number
 * of cells): rows in random time order so cells recur across instalments, a conflicting duplicate whose first row was
 * written out long before it is quarantined, and a second import that adds to stored cells. The expected values are
 * recomputed from the raw interaction rows by GROUP BY.
 */
class AggregateSpillTest {
    private static final int ROWS = 12_000; // three 5,000-row batches: two instalments, then the last lot
    private static final int TINY_BUDGET = 100;

    @TempDir
    Path tmp;

    @Test
    void aggregatesBuiltInInstalmentsEqualTheRawRowsAndTheOneGoResult() throws Exception {
        Path data = dataset(tmp.resolve("a"), "a", 1L, true);
        String inOneGo;
        try (CaseStore store = CaseStore.create(tmp.resolve("one-go"))) {
            ImportReport r = importInto(store, data, ImportOptions.DEFAULT_AGGREGATE_CELLS);
            assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
            assertAggregatesMatchRawRows(store);
            inOneGo = CaseDump.of(store);
        }
        try (CaseStore store = CaseStore.create(tmp.resolve("spilled"))) {
            ImportReport r = importInto(store, data, TINY_BUDGET);
            assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
            assertThat(r.imported() + r.rejected() + r.duplicates()).isEqualTo(r.read());
            assertThat(new CaseOverviewRepository(store).rejections(r.runId(), 0, 10))
                    .extracting(x -> x.reason()).containsOnly(RejectReason.CONFLICTING_DUPLICATE).hasSize(2);
            assertAggregatesMatchRawRows(store);
            assertThat(CaseDump.of(store)).isEqualTo(inOneGo);
        }
    }

    @Test
    void aLaterImportAddsItsInstalmentsToTheStoredCells() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            ImportReport first = importInto(store, dataset(tmp.resolve("a"), "a", 1L, false), TINY_BUDGET);
            assertThat(first.status()).as(first.message()).isEqualTo(ImportStatus.COMPLETE);
            ImportReport second = importInto(store, dataset(tmp.resolve("b"), "b", 2L, true), TINY_BUDGET);
            assertThat(second.status()).as(second.message()).isEqualTo(ImportStatus.COMPLETE);

            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(2L * ROWS - 1);
            assertAggregatesMatchRawRows(store);
        }
    }

    private static ImportReport importInto(CaseStore store, Path data, int budget) {
        return new ImportService(store).importDataset(data, new ImportOptions(true, Long.MAX_VALUE, budget),
                ProgressSink.NONE, CancelToken.none());
    }

    /**
     * A dataset over the four accounts of the tiny fixture with {@code ROWS} interactions spread over 300 hours,
     * 40 IPs, 60 templates and 25 end users, in random order. With {@code conflict}, the first row's id comes back on
     * the last line with other token counts (both rows are quarantined at the end of the file); that row alone uses
     * its IP, so its account × IP cell, written out in the first instalment, must disappear again.
     */
    private static Path dataset(Path dir, String prefix, long seed, boolean conflict) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Fixtures.dataset("tiny").resolve("accounts.csv"), dir.resolve("accounts.csv"));
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("interaction_id,ts,account_id,api_key_id,ip,user_agent,model,category,input_tokens,output_tokens,"
                + "latency_ms,status,prompt_template_hash,end_user");
        long start = java.time.Instant.parse("2026-03-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < ROWS; i++) {
            int account = 1 + rnd.nextInt(4);
            // the row that is later quarantined lies mid-span: a quarantined row's time is not taken out of the
            // first/last bounds it widened (documented), and mid-span it widens none, so the raw rows give them
            long second = i == 0 && conflict ? start + 150 * 3600 : start + rnd.nextInt(300 * 3600);
            String ts = java.time.Instant.ofEpochSecond(second).toString();
            lines.add(String.join(",", prefix + "-" + i, ts, "acct-00" + account, "k-" + account,
                    i == 0 && conflict ? "203.0.113.99" : "198.51.100." + rnd.nextInt(40), "sdk/" + rnd.nextInt(3), "model-" + rnd.nextInt(2), "coding",
                    Integer.toString(100 + rnd.nextInt(2000)), Integer.toString(50 + rnd.nextInt(900)), "800", "ok",
                    "tpl-" + rnd.nextInt(60), rnd.nextInt(3) == 0 ? "" : "eu-" + rnd.nextInt(25)));
        }
        if (conflict) {
            String[] first = lines.get(1).split(",", -1);
            first[8] = "999999";
            lines.add(String.join(",", first));
        }
        Files.write(dir.resolve("interactions.csv"), lines);
        Files.writeString(dir.resolve("dataset.json"), "{\"name\": \"spill-" + prefix + "\"}");
        return dir;
    }

    private static void assertAggregatesMatchRawRows(CaseStore store) throws SQLException {
        assertThat(CaseDump.longRows(store, "SELECT account_ref, bucket_ms, interactions, input_tokens, output_tokens"
                + " FROM activity_bucket ORDER BY 1, 2"))
                .isNotEmpty()
                .isEqualTo(CaseDump.longRows(store, "SELECT account_ref, ts_ms - MOD(ts_ms, 3600000) AS b, COUNT(*),"
                        + " SUM(input_tokens), SUM(output_tokens) FROM interaction GROUP BY account_ref, b"
                        + " ORDER BY 1, 2"));
        StringBuilder uses = new StringBuilder();
        for (String col : List.of("api_key_ref", "ip_ref", "user_agent_ref", "model_ref", "category_ref",
                "template_ref", "end_user_ref")) {
            uses.append(uses.length() == 0 ? "" : " UNION ALL ").append("SELECT account_ref, ").append(col)
                    .append(" AS term_ref, ts_ms FROM interaction WHERE ").append(col).append(" IS NOT NULL AND ")
                    .append(col).append(" <> 0");
        }
        assertThat(CaseDump.longRows(store, "SELECT account_ref, term_ref, interactions, first_ms, last_ms FROM account_term"
                + " ORDER BY 1, 2"))
                .isNotEmpty()
                .isEqualTo(CaseDump.longRows(store, "SELECT account_ref, term_ref, COUNT(*), MIN(ts_ms), MAX(ts_ms) FROM (" + uses
                        + ") u GROUP BY account_ref, term_ref ORDER BY 1, 2"));
        assertThat(CaseDump.longRows(store, "SELECT id, interactions, input_tokens, output_tokens, first_ms, last_ms FROM account"
                + " WHERE interactions > 0 ORDER BY 1"))
                .isEqualTo(CaseDump.longRows(store, "SELECT account_ref, COUNT(*), SUM(input_tokens), SUM(output_tokens),"
                        + " MIN(ts_ms), MAX(ts_ms) FROM interaction GROUP BY account_ref ORDER BY 1"));
    }
}
