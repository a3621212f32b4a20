package ringscope.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import ringscope.model.AccountScope;
import ringscope.model.TimeRange;
import ringscope.store.CaseStore;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineScopes;
import ringscope.timeline.HistogramService;
import ringscope.timeline.LaneOrder;
import ringscope.timeline.SwimlaneService;

/**
 * Timeline query benchmark (not a test). Usage: {@code TimelineBenchmark <case folder> [accounts] [runs]}: takes the
 * {@code accounts} (default 2,000) most active accounts of the case as a stand-in cluster, then times the histogram
 * (whole span, 1 h bins; and a 6 h window at 5 min bins from raw rows) and the swimlane matrix (all accounts, first
 * activity and similarity order), printing p50/p95/max in ms after warm-up.
 */
public final class TimelineBenchmark {
    private TimelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        try (CaseStore store = CaseStore.open(folder)) {
            TimelineQueries q = new TimelineQueries(store);
            TimelineScopes scopes = new TimelineScopes(store);
            AccountScope cluster = AccountScope.of("bench", topAccounts(store, size));
            TimeRange span = q.span(cluster).orElseThrow();
            HistogramService hs = new HistogramService(q);
            SwimlaneService ss = new SwimlaneService(q, scopes);
            System.out.printf("case %s, %,d accounts, span %,d h%n", folder, cluster.size(), span.lengthMs() / 3_600_000L);
            time("histogram whole span (1 h bins)", runs, () -> hs.histogram(cluster, span, 1200));
            TimeRange six = new TimeRange(span.fromMs() + span.lengthMs() / 2, span.fromMs() + span.lengthMs() / 2
                    + 6 * 3_600_000L);
            time("histogram 6 h window (5 min bins, raw rows)", runs, () -> hs.histogram(cluster, six, 80));
            time("histogram whole case (no account filter)", Math.max(5, runs / 3),
                    () -> hs.histogram(AccountScope.wholeCase(), span, 1200));
            time("swimlanes 2,000 rows by first activity", runs,
                    () -> ss.swimlanes(cluster, span, 1200, 5000, LaneOrder.FIRST_ACTIVITY));
            time("swimlanes 2,000 rows by similarity", runs,
                    () -> ss.swimlanes(cluster, span, 1200, 5000, LaneOrder.SIMILARITY));
            long largest = largestCluster(store);
            if (largest > 0) {
                AccountScope big = scopes.cluster(largest);
                TimeRange bigSpan = q.span(big).orElseThrow();
                System.out.printf("largest cluster of the latest run: #%d, %,d accounts%n", largest, big.size());
                time("histogram of that cluster, whole span (1 h bins)", runs,
                        () -> hs.histogram(big, bigSpan, 1200));
                time("swimlanes of that cluster (2,000 most active rows)", runs,
                        () -> ss.swimlanes(big, bigSpan, 1200, 2000, LaneOrder.FIRST_ACTIVITY));
            }
        }
    }

    private static int[] topAccounts(CaseStore store, int n) throws Exception {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM account ORDER BY interactions DESC, id FETCH FIRST " + n
                        + " ROWS ONLY")) {
            int[] out = new int[n];
            int k = 0;
            while (rs.next()) {
                out[k++] = rs.getInt(1);
            }
            return Arrays.copyOf(out, k);
        }
    }

    private static long largestCluster(CaseStore store) throws Exception {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT m.cluster_id FROM cluster_member m JOIN cluster k ON k.id ="
                        + " m.cluster_id WHERE k.run_id = (SELECT MAX(id) FROM analysis_run)"
                        + " GROUP BY m.cluster_id ORDER BY COUNT(*) DESC FETCH FIRST ROW ONLY")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void time(String name, int runs, Supplier<Object> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(runs * 0.95) - 1;
        System.out.printf("%-52s wall p50 %7.1f  p95 %7.1f  max %7.1f ms | thread CPU p50 %7.1f  p95 %7.1f ms  (%d runs)%n",
                name, ms[runs / 2], ms[p95], ms[runs - 1], cpu[runs / 2], cpu[p95], runs);
    }
}
