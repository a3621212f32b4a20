package ringscope.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.analysis.WhyTogether;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;

/**
 * {@code ringscope explain <case> <account> <account|cluster-id>}: why two accounts, or an account and a cluster, are
 * together in the latest analysis run.
 */
@CommandLine.Command(name = "explain", description = "Why are two accounts (or an account and a cluster) together?")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Parameters(index = "1", description = "account id")
    String account;

    @CommandLine.Parameters(index = "2", description = "another account id, or a cluster id")
    String other;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.open(caseFolder)) {
            AnalysisResults results = new AnalysisResults(store);
            List<AnalysisRunInfo> runs = results.runs();
            if (runs.isEmpty()) {
                throw new IllegalStateException("The case has no analysis run yet: run 'ringscope analyze' first");
            }
            long runId = runs.get(runs.size() - 1).id();
            int a = ref(results, account);
            WhyTogether why = new WhyTogether(results);
            int b = results.accountRef(other);
            if (b >= 0) {
                List<LinkRecord> links = why.between(runId, a, b);
                out.printf("%s and %s (run %d): %d shared signals%n", account, other, runId, links.size());
                for (LinkRecord l : links) {
                    out.printf("  [%s] %-22s weight %.2f  %s  %s .. %s%n", l.rule().tier(), l.rule(), l.weight(),
                            l.explanation(), time(l.firstMs()), time(l.lastMs()));
                }
            } else {
                long cluster = Long.parseLong(other);
                Map<LinkRule, double[]> byRule = why.inCluster(runId, a, cluster);
                out.printf("%s in cluster %d (run %d):%n", account, cluster, runId);
                byRule.forEach((rule, v) -> out.printf("  [%s] %-22s %d links to %d members, weight %.2f%n",
                        rule.tier(), rule, (int) v[0], (int) v[1], v[2]));
            }
            out.flush();
            return 0;
        }
    }

    private static int ref(AnalysisResults results, String id) {
        int r = results.accountRef(id);
        if (r < 0) {
            throw new IllegalArgumentException("No account " + id + " in this case");
        }
        return r;
    }

    private static String time(long ms) {
        return ms < 0 ? "-" : Instant.ofEpochMilli(ms).toString();
    }
}
