package ringscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ringscope.analysis.AnalysisQueries;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.SeedLayout;
import ringscope.graph.ViewData;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualGraph;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkEnds;
import ringscope.store.CaseStore;
import ringscope.store.ClusterLinks;
import ringscope.store.GraphRows;

/**
 * Where the time of opening a cluster goes (issue 5: the first open in a JVM is 3x the later ones). Not a test: reads
 * the largest cluster of a case's latest run step by step with the public reads {@code GraphDataService} uses, first
 * cold (nothing read in this JVM), then warm, then the whole {@code GraphDataService.load} + assemble twice; prints
 * wall and this thread's CPU per step. {@code -Dprobe.survey=N}: reads and assembles the N largest clusters as the
 * graph tab does without a filter ({@code -Dprobe.drawn=false}: with all their links, as a filter needs).
 *
 * <pre>java -Xmx3g -cp ringscope.jar:test-classes:lib/* ringscope.bench.ClusterOpenProbe CASE_FOLDER</pre>
 */
public final class ClusterOpenProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClusterOpenProbe() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        try (CaseStore store = CaseStore.open(Path.of(args[0]))) {
            report("open the case (before the graph's first read)", t0, c0);
            int survey = Integer.getInteger("probe.survey", 0);
            if (survey > 0) { // -Dprobe.survey=N: read and assemble the N largest clusters, twice; the second pass
                survey(new GraphDataService(store), survey);
                return;
            }
            // -Dprobe.steps=false: only the whole loads (for a profiler)
            if (Boolean.parseBoolean(System.getProperty("probe.steps", "true"))) {
                for (String pass : List.of("cold", "warm")) {
                    steps(store, pass);
                }
            }
            System.out.println("MARK whole-load-start " + System.currentTimeMillis());
            GraphDataService service = new GraphDataService(store);
            long run = service.queries().latestRun().orElseThrow().id();
            long id = picked(service.queries().clusters(run)).id();
            for (int i = 0; i < Integer.getInteger("probe.passes", 2); i++) {
                long t = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                ViewData d = service.load(run, ViewSpec.cluster(id));
                report("GraphDataService.load, pass " + (i + 1), t, c);
                t = System.nanoTime();
                c = THREADS.getCurrentThreadCpuTime();
                VisualGraph g = d.assemble(GraphFilter.none(), GraphDataService.DRILL_CAP);
                report("assemble, pass " + (i + 1), t, c);
                t = System.nanoTime();
                c = THREADS.getCurrentThreadCpuTime();
                // as ui.graph.Placement places a view opened afresh: the stored layout, else the seed layout
                boolean stored = service.storedLayout(run, g).isPresent();
                if (!stored) {
                    SeedLayout.place(g, Map.of());
                }
                report((stored ? "stored layout read" : "no stored layout: seed layout") + ", pass " + (i + 1), t, c);
            }
        }
    }

    private static void steps(CaseStore store, String pass) {
        System.out.println("-- " + pass);
        AnalysisQueries queries = time("new AnalysisQueries", () -> new AnalysisQueries(store));
        GraphRows rows = time("new GraphRows", () -> new GraphRows(store));
        long run = time("latest run", () -> queries.latestRun().orElseThrow().id());
        List<ClusterSummary> clusters = time("clusters of the run (scores)", () -> queries.clusters(run));
        ClusterSummary largest = picked(clusters);
        time("the cluster's summary", () -> queries.cluster(largest.id()));
        List<ClusterMember> members = time("the first members",
                () -> queries.firstMembers(largest.id(), GraphDataService.DRILL_CAP));
        List<Integer> shown = members.stream().map(ClusterMember::accountRef).toList();
        time("account facts of the shown members", () -> rows.accounts(shown));
        List<Integer> elsewhere = new ArrayList<>();
        members.stream().limit(shown.size()).filter(m -> !m.home()).forEach(m -> elsewhere.add(m.accountRef()));
        time("home clusters of " + elsewhere.size() + " overlapping members", () -> rows.homeClusters(run, elsewhere));
        ClusterLinks links = new ClusterLinks(store);
        List<LinkEnds> inside = time("links among the shown (cluster_link)",
                () -> links.amongFirst(largest.id(), shown.size()).orElseThrow());
        System.out.printf("   (%,d links among the %,d shown)%n", inside.size(), shown.size());
        time("cluster scores (node colours)", () -> rows.clusterScores(run));
    }

    private static void survey(GraphDataService service, int n) {
        long run = service.queries().latestRun().orElseThrow().id();
        List<ClusterSummary> largest = service.queries().clusters(run).stream()
                .sorted(Comparator.comparingInt(ClusterSummary::size).reversed()).limit(n).toList();
        // as the graph tab reads a view to draw unfiltered (a dense cluster: its drawn links only, V11);
        // -Dprobe.drawn=false: all the links among the members shown, as a filter needs them
        boolean drawnOnly = Boolean.parseBoolean(System.getProperty("probe.drawn", "true"));
        for (int pass = 1; pass <= 2; pass++) {
            for (ClusterSummary c : largest) {
                long t = System.nanoTime();
                ViewData d = service.load(run, ViewSpec.cluster(c.id()), drawnOnly, ringscope.model.ProgressSink.NONE,
                        ringscope.model.CancelToken.none());
                long read = System.nanoTime();
                VisualGraph g = d.assemble(GraphFilter.none(), GraphDataService.DRILL_CAP);
                if (pass == 2) {
                    System.out.printf("#%d, %,d members: %,d links read, %s; read %.0f ms, assembled %.0f ms%n",
                            c.rank(), c.size(), d.links().size(), g.caption("accounts"), (read - t) / 1e6,
                            (System.nanoTime() - read) / 1e6);
                }
            }
        }
    }

    /** The largest cluster, or the K-th largest with {@code -Dprobe.pick=K}. */
    private static ClusterSummary picked(List<ClusterSummary> clusters) {
        return clusters.stream().sorted(Comparator.comparingInt(ClusterSummary::size).reversed())
                .skip(Integer.getInteger("probe.pick", 1) - 1L).findFirst().orElseThrow();
    }

    private static <T> T time(String what, Supplier<T> step) {
        long t = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        T out = step.get();
        report(what, t, c);
        return out;
    }

    private static void report(String what, long t, long c) {
        System.out.printf("%-60s %8.0f ms wall %8.0f ms CPU%n", what, (System.nanoTime() - t) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - c) / 1e6);
    }
}
