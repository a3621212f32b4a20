package ringscope.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import ringscope.analysis.AnalysisQueries;
import ringscope.casefile.CaseFileExporter;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportResult;
import ringscope.casework.CaseworkService;
import ringscope.model.CancelToken;
import ringscope.model.ClusterSummary;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * Case-file export benchmark (not a test). Usage: {@code ExportBenchmark <analysed case folder> <target.ringcase>}:
 * tags the top cluster of the latest analysis run (once; a tag named "bench: top cluster"), exports the case and
 * prints the wall time, the bundle's size and how many database sessions the export opened (H2 numbers sessions in
 * order, so the difference of {@code SESSION_ID()} before and after is the number of connections in between).
 */
public final class ExportBenchmark {
    private static final String TAG = "bench: top cluster";

    private ExportBenchmark() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path target = Path.of(args[1]);
        try (CaseStore store = CaseStore.open(folder)) {
            CaseworkService casework = new CaseworkService(store, "bench");
            AnalysisQueries q = new AnalysisQueries(store);
            ClusterSummary top = q.clusters(q.latestRun().orElseThrow().id()).get(0);
            if (casework.queries().allTags().stream().noneMatch(t -> t.name().equals(TAG))) {
                Tag t = casework.createTag(TAG, "#D62728", "tagged by ExportBenchmark");
                casework.tag(t.id(), List.of(Target.cluster(top.id())));
            }
            System.out.printf("top cluster %d: %d accounts, %d links%n", top.id(), top.size(),
                    q.linksInCluster(top.id()).size());
            long s0 = sessionId(store);
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            ExportResult r = new CaseFileExporter(store, casework).export(target, ExportProfile.FULL,
                    ProgressSink.NONE, CancelToken.none());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (cpuNanos() - cpu0) / 1_000_000;
            long s1 = sessionId(store);
            System.out.printf("export: %,d ms wall, %,d ms CPU (process), %,d bytes, %d entries, %d tagged clusters,"
                    + " %,d connections opened%n", ms, cpuMs, r.bytes(), r.entries(), r.taggedClusters(), s1 - s0 - 1);
            System.out.println("root hash " + r.rootHash());
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long sessionId(CaseStore store) {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
