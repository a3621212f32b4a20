package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.analysis.AnalysisQueries;
import ringscope.analysis.AnalysisService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ClusterParameters;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkRule;
import ringscope.model.ScorePart;
import ringscope.store.CaseStore;

/**
 * {@code ringscope analyze <case>}: runs the link analysis as a new named run (progress on stderr) and prints the
 * top clusters with their score parts.
 */
@CommandLine.Command(name = "analyze", description = "Find linked accounts and score their clusters (a new run).")
final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Option(names = "--name", description = "name of the analysis run (default: run <time>)")
    String name;

    @CommandLine.Option(names = "--top", description = "clusters to print (default 10)")
    int top = 10;

    @CommandLine.Option(names = "--disable", split = ",", description = "rules not to run, e.g. SHARED_IP,MODEL_PIVOT")
    Set<LinkRule> disabled = EnumSet.noneOf(LinkRule.class);

    @CommandLine.Option(names = "--exclude", split = ",", description = "rules whose links clustering ignores")
    Set<LinkRule> excluded = EnumSet.noneOf(LinkRule.class);

    @CommandLine.Option(names = "--min-pair-weight", description = "weight that binds a pair (default 0.5)")
    Double minPairWeight;

    @CommandLine.Mixin
    PassphraseOption passphrase = new PassphraseOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseStore store = passphrase.open(caseFolder)) {
            String runName = name != null ? name : "run " + java.time.Instant.now();
            AnalysisParameters d = AnalysisParameters.defaults();
            ClusterParameters c = d.clustering().with(excluded, minPairWeight == null ? d.clustering().minPairWeight()
                    : minPairWeight);
            AnalysisParameters params = new AnalysisParameters(d.rules().withDisabled(disabled), c);
            long t0 = System.currentTimeMillis();
            AnalysisRun run = new AnalysisService(store).run(runName, params, p -> {
                err.printf("[%6.1fs] %s%n", p.elapsedMillis() / 1000.0, p.stage());
                err.flush();
            }, CancelToken.none());
            List<ClusterSummary> clusters = new AnalysisQueries(store).clusters(run.id());
            out.printf("analysis run %d '%s': %,d links, %,d clusters, %,d values too common to link, %.1f s%n",
                    run.id(), runName, run.info().links(), clusters.size(), run.info().commonValues(),
                    (System.currentTimeMillis() - t0) / 1000.0);
            out.println("steps (ms): " + String.join(", ", run.steps().stream().map(s -> s.step() + " "
                    + s.millis()).toList()));
            clusters.stream().limit(top).forEach(k -> print(out, k));
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, ClusterSummary k) {
        out.printf("%n#%d  cluster %d  score %.2f  %s  (%d home members, %,d interactions)%n", k.rank(), k.id(),
                k.score(), k.label(), k.coreSize(), k.interactions());
        for (ScorePart p : k.parts()) {
            out.printf("    %-24s %.2f x %.3f  %s%n", p.name(), p.value(), p.weight(), p.measured());
        }
    }
}
