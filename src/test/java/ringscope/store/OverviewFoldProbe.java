package ringscope.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import ringscope.model.CancelToken;
import ringscope.model.ClusterLink;
import ringscope.model.ProgressSink;

/**
 * The overview's links between clusters on a case that must not be changed (issue 5; not a test). {@code fold CASE
 * SCRATCH}: opens the case READ-ONLY (no migration, no write), folds the latest run's links as a run stored before V9
 * is folded ({@code GraphRows.clusterLinks}), and writes the packed result to a scratch H2 database as
 * {@code cluster_pair_link} would hold it. {@code read SCRATCH RUN}: reads it back as the overview reads a stored fold
 * ({@code ClusterPairLinks.stored}), in a fresh JVM. Prints wall and this thread's CPU.
 *
 * <pre>java -Xmx3g -cp classes:test-classes:lib/* ringscope.store.OverviewFoldProbe fold CASE /tmp/scratch
 * java -Xmx3g -cp classes:test-classes:lib/* ringscope.store.OverviewFoldProbe read /tmp/scratch RUN</pre>
 */
public final class OverviewFoldProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OverviewFoldProbe() {}

    public static void main(String[] args) throws SQLException {
        if (args[0].equals("fold")) {
            fold(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath());
        } else {
            read(Path.of(args[1]).toAbsolutePath(), Long.parseLong(args[2]));
        }
    }

    private static void fold(Path folder, Path scratch) throws SQLException {
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String url = "jdbc:h2:file:" + folder.resolve("case") + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setReadOnly(true);
            long run;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT MAX(id), COUNT(*) FROM analysis_run")) {
                rs.next();
                run = rs.getLong(1);
            }
            report("open read-only", t, cpu);
            t = System.nanoTime();
            cpu = THREADS.getCurrentThreadCpuTime();
            List<ClusterLink> folded = GraphRows.clusterLinks(c, run, ProgressSink.NONE, CancelToken.none());
            report(String.format("run %d: fold all links (as for a run stored before V9): %,d entries", run,
                    folded.size()), t, cpu);
            boolean v9;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM"
                    + " information_schema.tables WHERE table_name = 'CLUSTER_PAIR_LINK'")) {
                rs.next();
                v9 = rs.getInt(1) > 0;
            }
            if (v9) {
                System.out.println("the case's own stored fold of run " + run + " equals this fold to the last bit: "
                        + ClusterPairLinks.stored(c, run).map(folded::equals).orElse(false));
            }
            try (Connection s = DriverManager.getConnection("jdbc:h2:file:" + scratch + ";WRITE_DELAY=0", "sa", "")) {
                try (Statement st = s.createStatement()) {
                    st.execute("DROP TABLE IF EXISTS cluster_pair_link");
                    st.execute("CREATE TABLE cluster_pair_link (run_id BIGINT NOT NULL, chunk_no INT NOT NULL,"
                            + " entries INT NOT NULL, rules VARCHAR(1000) NOT NULL, packed VARBINARY(200000) NOT NULL,"
                            + " PRIMARY KEY (run_id, chunk_no))");
                }
                t = System.nanoTime();
                cpu = THREADS.getCurrentThreadCpuTime();
                ClusterPairLinks.insert(s, run, folded);
                report("write the packed fold (scratch database)", t, cpu);
            }
        }
    }

    private static void read(Path scratch, long run) throws SQLException {
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try (Connection s = DriverManager.getConnection("jdbc:h2:file:" + scratch + ";IFEXISTS=TRUE", "sa", "")) {
            report("open the scratch database", t, cpu);
            for (int i = 1; i <= 2; i++) {
                t = System.nanoTime();
                cpu = THREADS.getCurrentThreadCpuTime();
                int n = ClusterPairLinks.stored(s, run).orElseThrow().size();
                report(String.format("read the stored fold, pass %d: %,d entries", i, n), t, cpu);
            }
        }
    }

    private static void report(String what, long t, long cpu) {
        System.out.printf("%-72s %9.0f ms wall %9.0f ms CPU%n", what, (System.nanoTime() - t) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
