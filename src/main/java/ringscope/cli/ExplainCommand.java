package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.analysis.AnalysisQueries;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterTie;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RobustnessReport;
import ringscope.model.SharedSignal;
import ringscope.model.WhyInClusterReport;
import ringscope.model.WhyTogetherReport;
import ringscope.store.CaseStore;

/**
 * {@code ringscope explain <case> <account> [<account|cluster-id>]}: why two accounts, or an account and a cluster,
 * are together in an analysis run (the latest unless {@code --run}); with one account, its clusters and strongest
 * links. {@code --rows N} prints the first source rows behind each link; {@code --without} checks whether the
 * cluster holds without some link types.
 */
@CommandLine.Command(name = "explain", description = "Why are two accounts (or an account and a cluster) together?")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Parameters(index = "1", description = "account id")
    String account;

    @CommandLine.Parameters(index = "2", arity = "0..1", description = "another account id, or a cluster id")
    String other;

    @CommandLine.Option(names = "--run", description = "analysis run id (default: the latest)")
    Long runId;

    @CommandLine.Option(names = "--rows", description = "source rows to print per link (default 0)")
    int rows;

    @CommandLine.Option(names = "--without", split = ",", description = "with a cluster: re-cluster without these"
            + " rules and say whether it holds")
    Set<LinkRule> without = EnumSet.noneOf(LinkRule.class);

    @CommandLine.Mixin
    PassphraseOption passphrase = new PassphraseOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = passphrase.open(caseFolder)) {
            AnalysisQueries q = new AnalysisQueries(store);
            long run = runId != null ? runId : q.latestRun().map(AnalysisRunInfo::id).orElseThrow(() ->
                    new IllegalStateException("The case has no analysis run yet: run 'ringscope analyze' first"));
            int a = ref(q, account);
            Optional<Integer> b = other == null ? Optional.empty() : q.accountRef(other);
            if (other == null) {
                alone(out, q, run, a);
            } else if (b.isPresent()) {
                together(out, q, q.whyTogether(run, a, b.get()));
            } else {
                inCluster(out, q, run, a, clusterId(other));
            }
            out.flush();
            return 0;
        }
    }

    private void alone(PrintWriter out, AnalysisQueries q, long run, int a) {
        out.printf("%s in run %d:%n", account, run);
        for (ClusterMember m : q.memberships(run, a)) {
            out.printf("  %s cluster %d, confidence %.2f, %d links (%s)%n", m.home() ? "member of" : "also in",
                    m.clusterId(), m.confidence(), m.links(), m.rules());
        }
        q.linksOf(run, a).stream().sorted((x, y) -> Double.compare(y.weight(), x.weight())).limit(15).forEach(l -> {
            String to = q.accountIds(java.util.List.of(l.other(a))).getOrDefault(l.other(a), "?");
            out.printf("  -> %-16s [%s] %s weight %.2f: %s%n", to, l.tier(), l.rule(), l.weight(), l.explanation());
            printRows(out, q, l.id());
        });
    }

    private void together(PrintWriter out, AnalysisQueries q, WhyTogetherReport r) {
        out.printf("%s and %s (run %d): %d shared signals, link weight %.2f, %s%n", r.accountA(), r.accountB(),
                r.runId(), r.signals().size(), r.totalWeight(), r.binds() ? "bound together" : "not bound");
        for (SharedSignal s : r.signals()) {
            out.printf("  [%-6s] %-21s weight %.2f  %s%n", s.tier(), s.rule(), s.weight(), s.explanation());
            out.printf("           %,d source rows, %s .. %s, overlap %.1f days%n", s.evidenceCount(), time(s.firstMs()),
                    time(s.lastMs()), s.overlapMs() / 86_400_000.0);
            if (s.linkId() != 0) {
                printRows(out, q, s.linkId());
            }
        }
    }

    private void inCluster(PrintWriter out, AnalysisQueries q, long run, int a, long cluster) {
        WhyInClusterReport r = q.whyInCluster(run, a, cluster);
        out.printf("%s and cluster %d (run %d): %s%n", r.accountId(), cluster, run, r.member() == null ? "not a member"
                : String.format("%s, confidence %.2f", r.member().home() ? "home member" : "overlapping member",
                        r.member().confidence()));
        for (ClusterTie t : r.ties()) {
            out.printf("  [%-6s] %-21s %d links to %d members, weight %.2f; e.g. %s (%,d accounts)%n", t.tier(),
                    t.rule(), t.links(), t.membersReached(), t.weight(), t.example(), t.exampleAccounts());
        }
        for (LinkRecord l : r.strongestLinks()) {
            out.printf("  link %d: %s%n", l.id(), l.explanation());
            printRows(out, q, l.id());
        }
        if (!without.isEmpty()) {
            RobustnessReport rb = q.robustness(run, cluster, without, q.parameters(run).clustering().minPairWeight());
            out.printf("without %s: %s (Jaccard %.2f; %d of %d members stay together; pieces %s)%n", without,
                    rb.holds() ? "holds" : "does not hold", rb.bestJaccard(), rb.kept(), rb.originalSize(),
                    rb.pieces());
        }
    }

    private void printRows(PrintWriter out, AnalysisQueries q, long linkId) {
        for (EvidenceRow row : q.rowsBehindLink(linkId, 0, rows)) {
            out.printf("           %s %s:%d (%s…) %s %s %s%n", row.table(), row.fileName(), row.lineNo(),
                    row.sha256().substring(0, 12), time(row.tsMs()), row.accountId(), row.text());
        }
    }

    private static int ref(AnalysisQueries q, String id) {
        return q.accountRef(id).orElseThrow(() -> new IllegalArgumentException("No account " + id + " in this case"));
    }

    private static long clusterId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text + " is neither an account of this case nor a cluster id", e);
        }
    }

    private static String time(long ms) {
        return ms < 0 ? "-" : Instant.ofEpochMilli(ms).toString();
    }
}
