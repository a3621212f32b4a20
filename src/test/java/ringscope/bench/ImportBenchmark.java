package ringscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.store.CaseStore;

/**
 * Import benchmark (not a test). Usage: {@code ImportBenchmark <rows> <accounts> <workdir> [dataset]}: writes a
 * synthetic native dataset of the given size (unless an existing dataset folder is given), imports it into a fresh
 * case and prints rows/s, wall time, peak heap and database size; then, for comparison on the same file, H2's own
 * {@code INSERT ... SELECT FROM CSVREAD} into an identical table, and bare batched JDBC inserts of pre-parsed rows.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ringscope.bench.ImportBenchmark -Dexec.args="1000000 5000 /tmp/bench"}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        int accounts = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path dataset = args.length > 3 ? Path.of(args[3]) : work.resolve("dataset");
        if (args.length <= 3) {
            writeDataset(dataset, rows, accounts);
        }
        Path caseDir = work.resolve("case-" + System.nanoTime());
        long t0 = System.nanoTime();
        ImportReport r;
        try (CaseStore store = CaseStore.create(caseDir)) {
            r = new ImportService(store).importDataset(dataset, ImportOptions.defaults(), p -> {}, CancelToken.none());
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ringscope import: %s, %,d rows read, %,d imported in %.1f s = %,.0f rows/s; peak heap %,d MB;"
                + " case %,d MB%n", r.status(), r.read(), r.imported(), secs, r.read() / secs, peakHeapMb(),
                Files.size(caseDir.resolve("case.mv.db")) >> 20);
        if (Boolean.getBoolean("bench.baselines")) {
            csvread(dataset, work);
            bare(caseDir, work);
        }
    }

    public static void writeDataset(Path dir, long rows, int accounts) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dataset.json"), "{\"name\":\"bench\"}");
        long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        try (BufferedWriter w = writer(dir.resolve("accounts.csv"))) {
            w.write("account_id,created_at,email_domain,email_hash,org_name,signup_ip,payment_fingerprint,"
                    + "billing_country,verification_path,plan,status,status_changed_at\n");
            for (int a = 0; a < accounts; a++) {
                w.write("acct-" + a + ",2025-12-01T00:00:00Z,mail.example,h" + a + ",,10.0." + (a / 250) + "."
                        + (a % 250) + ",pf-" + (a % 977) + ",US,sms,payg,active,\n");
            }
        }
        SplittableRandom rnd = new SplittableRandom(42);
        long span = 45L * 86_400_000L;
        try (BufferedWriter w = writer(dir.resolve("interactions.csv"))) {
            w.write("interaction_id,ts,account_id,api_key_id,ip,user_agent,model,category,input_tokens,"
                    + "output_tokens,latency_ms,status,prompt_template_hash,end_user\n");
            for (long i = 0; i < rows; i++) {
                int a = rnd.nextInt(accounts);
                long ts = start + span * i / rows;
                w.write("i-" + i + "," + Instant.ofEpochMilli(ts) + ",acct-" + a + ",k-" + a + ",10." + (a % 200)
                        + "." + rnd.nextInt(8) + "." + rnd.nextInt(250) + ",python-sdk/1." + rnd.nextInt(20)
                        + ",model-" + rnd.nextInt(4) + ",coding," + rnd.nextInt(4000) + "," + rnd.nextInt(2000) + ","
                        + rnd.nextInt(3000) + ",ok,tpl-" + rnd.nextInt(50) + ",eu-" + rnd.nextInt(100_000) + "\n");
            }
        }
    }

    private static BufferedWriter writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * H2's own CSV loader into a table of the interaction table's shape with its index, as the comparison the issue
     * asks for. It fills only the columns it can take from the file without look-ups (ids, time, tokens, latency).
     */
    private static void csvread(Path dataset, Path work) throws Exception {
        Path caseDir = work.resolve("csvread-" + System.nanoTime());
        try (CaseStore store = CaseStore.create(caseDir);
                Connection c = store.connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            s.executeUpdate("CREATE TABLE raw_interaction AS SELECT * FROM interaction WHERE FALSE");
            s.executeUpdate("CREATE INDEX raw_acc_ts ON raw_interaction (account_ref, ts_ms)");
            int n = s.executeUpdate("INSERT INTO raw_interaction (row_id, interaction_id, ts_ms, account_ref,"
                    + " input_tokens, output_tokens, latency_ms, source_file_id, line_no)"
                    + " SELECT ROWNUM(), interaction_id, DATEDIFF('MILLISECOND', TIMESTAMP '1970-01-01 00:00:00',"
                    + " CAST(REPLACE(REPLACE(ts, 'T', ' '), 'Z', '') AS TIMESTAMP)), 1, CAST(input_tokens AS INT),"
                    + " CAST(output_tokens AS INT), CAST(latency_ms AS INT), 1, ROWNUM() + 1 FROM CSVREAD('"
                    + dataset.resolve("interactions.csv") + "', NULL, 'charset=UTF-8')");
            c.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("H2 CSVREAD baseline: %,d rows in %.1f s = %,.0f rows/s%n", n, secs, n / secs);
        }
    }

    private static final String[] INT_COLUMNS = {"account_ref", "api_key_ref", "ip_ref", "user_agent_ref", "model_ref",
        "category_ref", "input_tokens", "output_tokens", "latency_ms", "status_ref", "template_ref", "end_user_ref",
        "source_file_id"};

    /**
     * The other yardstick: the same rows, already parsed (read back from the case just imported, before the
     * clock starts), inserted with batched JDBC into the empty interaction table of a fresh case (its index dropped
     * first), in batches of 5,000 each committed (as the importer stages them), then the same secondary index the
     * importer builds on it. No validation, no aggregates, no provenance.
     */
    private static void bare(Path importedCase, Path work) throws Exception {
        int n;
        long[] rowId;
        long[] ts;
        long[] line;
        String[] id;
        int[][] ints = new int[INT_COLUMNS.length][];
        try (CaseStore store = CaseStore.open(importedCase);
                Connection c = store.connect();
                Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interaction")) {
                rs.next();
                n = Math.toIntExact(rs.getLong(1));
            }
            rowId = new long[n];
            ts = new long[n];
            line = new long[n];
            id = new String[n];
            for (int k = 0; k < ints.length; k++) {
                ints[k] = new int[n];
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT row_id, interaction_id, ts_ms, line_no, "
                    + String.join(", ", INT_COLUMNS) + " FROM interaction ORDER BY row_id")) {
                for (int i = 0; rs.next(); i++) {
                    rowId[i] = rs.getLong(1);
                    id[i] = rs.getString(2);
                    ts[i] = rs.getLong(3);
                    line[i] = rs.getLong(4);
                    for (int k = 0; k < ints.length; k++) {
                        int v = rs.getInt(5 + k);
                        ints[k][i] = rs.wasNull() ? Integer.MIN_VALUE : v;
                    }
                }
            }
        }
        Path caseDir = work.resolve("bare-" + System.nanoTime());
        try (CaseStore store = CaseStore.create(caseDir);
                Connection c = store.connect();
                Statement s = c.createStatement()) {
            // a case keeps its secondary indexes from the start; the importer loads into an unindexed stage table
            s.executeUpdate("DROP INDEX IF EXISTS interaction_account_ts");
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (row_id, interaction_id,"
                    + " ts_ms, line_no, " + String.join(", ", INT_COLUMNS) + ") VALUES (?, ?, ?, ?"
                    + ", ?".repeat(INT_COLUMNS.length) + ")")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, rowId[i]);
                    ps.setString(2, id[i]);
                    ps.setLong(3, ts[i]);
                    ps.setLong(4, line[i]);
                    for (int k = 0; k < ints.length; k++) {
                        if (ints[k][i] == Integer.MIN_VALUE) {
                            ps.setNull(5 + k, java.sql.Types.INTEGER);
                        } else {
                            ps.setInt(5 + k, ints[k][i]);
                        }
                    }
                    ps.addBatch();
                    if ((i + 1) % 5_000 == 0 || i == n - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double insert = (System.nanoTime() - t0) / 1e9;
            s.executeUpdate("CREATE INDEX bare_account_ts ON interaction (account_ref, ts_ms)");
            c.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("bare batched inserts: %,d rows in %.1f s = %,.0f rows/s (inserts %.1f s, index %.1f s)%n",
                    n, secs, n / secs, insert, secs - insert);
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
