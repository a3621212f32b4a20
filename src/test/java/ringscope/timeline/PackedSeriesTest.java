package ringscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AccountScope;
import ringscope.model.CancelToken;
import ringscope.model.HistogramBin;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.model.TermKind;
import ringscope.model.TimeRange;
import ringscope.store.ActivitySeries;
import ringscope.store.CaseDump;
import ringscope.store.CaseStore;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineRows;

/**
 * The packed hourly series and term totals (V8, {@link ActivitySeries}) answer every timeline read exactly as the raw
 * interaction rows do (GROUP BY as the oracle), for random account sets and windows, through the packed tables and through the
 * fallback on {@code activity_bucket}; they follow a later import; a case whose series lag behind its imports (a crash
 * after the commit, a case from before V8) reads the fallback and is rebuilt at the next open. One account is active
 * for 5,300 hours, so its series spans two packed rows and windows cut across the boundary.
 */
class PackedSeriesTest {
    private static final long HOUR = 3_600_000L;
    private static final long START = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final int ACCOUNTS = 30;

    @TempDir
    Path tmp;

    @Test
    void everyReadEqualsTheRawRowsThroughThePackedTablesAndThroughTheFallback() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            complete(importInto(store, dataset(tmp.resolve("a"), "a", 1, true)));
            assertThat(current(store)).isTrue();
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM account_series s JOIN account a ON a.id = s.account_ref"
                    + " WHERE a.account_id = 'acct-100'")).as("5,300 hours in rows of 4,096").isEqualTo(2);
            assertReadsMatchRawRows(store, new Random(7));

            setMarker(store, null);
            assertThat(current(store)).isFalse();
            assertReadsMatchRawRows(store, new Random(8));

            assertThat(ActivitySeries.ensure(store)).isTrue();
            assertThat(current(store)).isTrue();
            assertThat(ActivitySeries.ensure(store)).as("nothing to do when current").isFalse();
            assertReadsMatchRawRows(store, new Random(9));
        }
    }

    @Test
    void aLaterImportRepacksTheSeries() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            complete(importInto(store, dataset(tmp.resolve("a"), "a", 1, true)));
            String before = packed(store);
            complete(importInto(store, dataset(tmp.resolve("b"), "b", 2, false)));
            assertThat(current(store)).isTrue();
            assertThat(packed(store)).isNotEqualTo(before);
            assertReadsMatchRawRows(store, new Random(10));
        }
    }

    @Test
    void seriesThatLagBehindTheImportsAreNotReadAndAreRebuiltAtOpen() throws Exception {
        Path folder = tmp.resolve("case");
        try (CaseStore store = CaseStore.create(folder)) {
            complete(importInto(store, dataset(tmp.resolve("a"), "a", 1, true)));
            // as if the process died between the import's commit and the packing: the marker names an older import
            setMarker(store, "0");
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM account_series WHERE MOD(account_ref, 2) = 0");
            }
            assertThat(current(store)).isFalse();
            assertReadsMatchRawRows(store, new Random(11));
        }
        try (CaseStore store = CaseStore.open(folder)) {
            assertThat(current(store)).isTrue();
            assertReadsMatchRawRows(store, new Random(12));
        }
    }

    @Test
    void aRepackThatFailsLeavesTheCaseReadableThroughTheFallback() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            complete(importInto(store, dataset(tmp.resolve("a"), "a", 1, true)));
            setMarker(store, "0");
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE account_series RENAME TO parked"); // the repack's INSERT now fails
            }
            ActivitySeries.tryEnsure(store);
            assertThat(current(store)).isFalse();
            assertReadsMatchRawRows(store, new Random(13));
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE parked RENAME TO account_series");
            }
            assertThat(ActivitySeries.ensure(store)).isTrue();
            assertReadsMatchRawRows(store, new Random(14));
        }
    }

    private static void assertReadsMatchRawRows(CaseStore store, Random rnd) throws SQLException {
        TimelineQueries q = new TimelineQueries(store);
        int[] refs = ints(store, "SELECT id FROM account ORDER BY id");
        for (int trial = 0; trial < 12; trial++) {
            AccountScope scope = trial == 0 ? AccountScope.wholeCase()
                    : AccountScope.of("t" + trial, pick(refs, trial < 3 ? 1 : 1 + rnd.nextInt(refs.length), rnd));
            long from = START + (rnd.nextInt(6_000) - 100) * HOUR;
            long to = from + (1 + rnd.nextInt(trial % 3 == 0 ? 6_000 : 300)) * HOUR;
            TimeRange range = new TimeRange(from, to);
            long binMs = HOUR * new int[] {1, 3, 24, 168}[rnd.nextInt(4)];
            String where = (scope.isWholeCase() ? "" : " AND account_ref IN (" + Arrays.stream(scope.refs())
                    .mapToObj(Integer::toString).collect(Collectors.joining(",")) + ")");
            String hourly = "SELECT account_ref, ts_ms - MOD(ts_ms, " + HOUR + ") AS h, input_tokens, output_tokens"
                    + " FROM interaction WHERE 1 = 1" + where;

            List<String> cells = new ArrayList<>();
            q.hourlyCounts(scope, range, (a, b, n) -> cells.add(a + "|" + b + "|" + n));
            assertThat(cells).as("cells of %s in %s", scope, range).isEqualTo(CaseDump.longRows(store, "SELECT account_ref, h,"
                    + " COUNT(*) FROM (" + hourly + ") x WHERE h >= " + from + " AND h < " + to
                    + " GROUP BY account_ref, h ORDER BY 1, 2"));
            if (scope.size() == 1) {
                // one account by the hour: the tokens of each of its cells
                assertThat(q.hourlyBins(scope, range, HOUR)).extracting(b -> b.startMs() + "|" + b.interactions()
                        + "|" + b.inputTokens() + "|" + b.outputTokens()).containsExactlyElementsOf(CaseDump.longRows(store,
                                "SELECT h, COUNT(*), SUM(input_tokens), SUM(output_tokens) FROM (" + hourly
                                        + ") x WHERE h >= " + from + " AND h < " + to + " GROUP BY h ORDER BY 1"));
            }

            List<String> bins = q.hourlyBins(scope, range, binMs).stream()
                    .map(b -> b.startMs() + "|" + b.interactions() + "|" + b.inputTokens() + "|" + b.outputTokens())
                    .toList();
            assertThat(bins).as("bins of %s in %s by %d h", scope, range, binMs / HOUR).isEqualTo(CaseDump.longRows(store,
                    "SELECT " + from + " + (h - " + from + ") / " + binMs + " * " + binMs + " AS s, COUNT(*),"
                            + " SUM(input_tokens), SUM(output_tokens) FROM (" + hourly + ") x WHERE h >= " + from
                            + " AND h < " + to + " GROUP BY s ORDER BY s"));

            assertThat(q.estimateRows(scope, range)).isEqualTo(CaseDump.count(store, "SELECT COUNT(*) FROM (" + hourly
                    + ") x WHERE h >= " + from + " AND h < " + to));
        }
        TimelineRows rows = new TimelineRows(store);
        for (TermKind kind : List.of(TermKind.MODEL, TermKind.CATEGORY)) {
            String column = kind == TermKind.MODEL ? "model_ref" : "category_ref";
            for (AccountScope scope : List.of(AccountScope.wholeCase(), AccountScope.of("some", pick(refs, 7, rnd)))) {
                String where = scope.isWholeCase() ? "" : " WHERE i.account_ref IN (" + Arrays.stream(scope.refs())
                        .mapToObj(Integer::toString).collect(Collectors.joining(",")) + ")";
                List<String> expected = new ArrayList<>();
                try (Connection c = store.connect();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT t.term_value, COUNT(*) FROM interaction i JOIN term t"
                                + " ON t.id = i." + column + where + " GROUP BY t.term_value")) {
                    while (rs.next()) {
                        expected.add(rs.getString(1) + "=" + rs.getLong(2));
                    }
                }
                assertThat(rows.termCounts(scope, kind, null)).as("%s of %s", kind, scope)
                        .extracting(t -> t.value() + "=" + t.interactions())
                        .hasSizeGreaterThan(2).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(q.hourlyBins(AccountScope.wholeCase(), new TimeRange(START - 10 * HOUR, START + 9_000 * HOUR),
                24 * HOUR).stream().mapToLong(HistogramBin::interactions).sum())
                .isEqualTo(CaseDump.count(store, "SELECT COUNT(*) FROM interaction"));
    }

    /**
     * Thirty accounts (the second dataset adds five); acct-100 is active every hour for 5,000 hours, then after a gap
     * for 300 more (one packed row holds 4,096 cells); the others at random within 400 hours (the second dataset's
     * overlap the first's and include the new accounts).
     */
    private static Path dataset(Path dir, String prefix, long seed, boolean first) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        List<String> accounts = new ArrayList<>();
        accounts.add("account_id,created_at,email_domain,email_hash,org_name,signup_ip,payment_fingerprint,"
                + "billing_country,verification_path,plan,status,status_changed_at");
        int firstNew = first ? 100 : 100 + ACCOUNTS;
        for (int a = firstNew; a < firstNew + (first ? ACCOUNTS : 5); a++) {
            accounts.add("acct-" + a + ",2025-05-01T00:00:00Z,mailbox.example,e" + a + ",,198.51.100." + a % 200
                    + ",pf-" + a + ",US,sms,pay-as-you-go,active,");
        }
        Files.write(dir.resolve("accounts.csv"), accounts);
        List<String> lines = new ArrayList<>();
        lines.add("interaction_id,ts,account_id,api_key_id,ip,user_agent,model,category,input_tokens,output_tokens,"
                + "latency_ms,status,prompt_template_hash,end_user");
        int id = 0;
        for (int h = 0; h < 5_300; h++) {
            long hour = h < 5_000 ? h : h + 200;
            lines.add(row(prefix + "-" + id++, START + hour * HOUR + rnd.nextInt(3_600) * 1000L, 100, rnd));
        }
        long offset = first ? 0 : 350;
        int others = first ? ACCOUNTS - 1 : ACCOUNTS + 4;
        for (int i = 0; i < 6_000; i++) {
            long t = START + (offset + rnd.nextInt(400)) * HOUR + rnd.nextInt(3_600_000);
            lines.add(row(prefix + "-" + id++, t, 101 + rnd.nextInt(others), rnd));
        }
        Files.write(dir.resolve("interactions.csv"), lines);
        Files.writeString(dir.resolve("dataset.json"), "{\"name\": \"series-" + prefix + "\"}");
        return dir;
    }

    private static String row(String id, long ms, int account, Random rnd) {
        return String.join(",", id, Instant.ofEpochMilli(ms).toString(), "acct-" + account, "k-" + account,
                "198.51.100." + rnd.nextInt(40), "sdk/1", "model-" + "abc".charAt(rnd.nextInt(3)),
                new String[] {"coding", "agentic", "chat", "math"}[rnd.nextInt(4)], Integer.toString(rnd.nextInt(5_000)),
                Integer.toString(rnd.nextInt(3_000_000)), "800", "ok", "tpl-1", "");
    }

    private static ImportReport importInto(CaseStore store, Path data) {
        return new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
    }

    private static void complete(ImportReport r) {
        assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(r.rejected()).isZero();
    }

    private static boolean current(CaseStore store) throws SQLException {
        try (Connection c = store.connect()) {
            return ActivitySeries.isCurrent(c);
        }
    }

    private static void setMarker(CaseStore store, String value) throws SQLException {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(value == null ? "DELETE FROM case_info WHERE info_key = 'activity_series_import'"
                    : "UPDATE case_info SET info_value = '" + value + "' WHERE info_key = 'activity_series_import'");
        }
    }

    private static String packed(CaseStore store) throws SQLException {
        return String.join(";", CaseDump.longRows(store, "SELECT account_ref, chunk_no, cells, first_ms, last_ms FROM"
                + " account_series ORDER BY 1, 2"));
    }

    private static int[] pick(int[] refs, int n, Random rnd) {
        int[] copy = refs.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, n);
    }

    private static int[] ints(CaseStore store, String sql) throws SQLException {
        return CaseDump.longRows(store, sql).stream().mapToInt(s -> Integer.parseInt(s.replace("|", ""))).toArray();
    }
}
