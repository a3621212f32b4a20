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
            time("histogram whole span (1 h bins, activity_bucket)", runs, () -> hs.histogram(cluster, span, 1200));
            TimeRange six = new TimeRange(span.fromMs() + span.lengthMs() / 2, span.fromMs() + span.lengthMs() / 2
                    + 6 * 3_600_000L);
            time("histogram 6 h window (5 min bins, raw rows)", runs, () -> hs.histogram(cluster, six, 80));
            time("histogram whole case (no account filter)", Math.max(5, runs / 3),
                    () -> hs.histogram(AccountScope.wholeCase(), span, 1200));
            time("swimlanes 2,000 rows by first activity", runs,
                    () -> ss.swimlanes(cluster, span, 1200, 5000, LaneOrder.FIRST_ACTIVITY));
            time("swimlanes 2,000 rows by similarity", runs,
                    () -> ss.swimlanes(cluster, span, 1200, 5000, LaneOrder.SIMILARITY));
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

    private static void time(String name, int runs, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d runs)%n", name, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }
}
