package ringscope.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ringscope.model.AnalysisParameters;
import ringscope.model.ClusterMember;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.AnalysisResults;

/**
 * Answers "why are these together?" from a stored run: the shared signals between two accounts, or between an
 * account and the other members of a cluster, ranked strongest tier first, then by weight; and whether a cluster
 * holds without some link types or with a higher threshold.
 */
public final class WhyTogether {
    private final AnalysisResults results;

    public WhyTogether(AnalysisResults results) {
        this.results = results;
    }

    private static final Comparator<LinkRecord> RANK = Comparator.comparing((LinkRecord l) -> l.rule().tier())
            .thenComparing(Comparator.comparingDouble(LinkRecord::weight).reversed());

    /** The links between two accounts, strongest first; empty when the run found none. */
    public List<LinkRecord> between(long runId, int a, int b) {
        return results.links(runId, List.of(a, b), true).stream().sorted(RANK).toList();
    }

    /** One line per rule: how the account is tied to the rest of its cluster (links, members reached, weight). */
    public Map<LinkRule, double[]> inCluster(long runId, int account, long clusterId) {
        Set<Integer> members = new java.util.HashSet<>();
        for (ClusterMember m : results.members(clusterId)) {
            members.add(m.accountRef());
        }
        Map<LinkRule, double[]> out = new TreeMap<>();
        Map<LinkRule, Set<Integer>> reached = new TreeMap<>();
        for (LinkRecord l : results.links(runId, List.of(account), false)) {
            int other = l.accountA() == account ? l.accountB() : l.accountA();
            if (members.contains(other)) {
                double[] v = out.computeIfAbsent(l.rule(), r -> new double[3]);
                v[0]++;
                v[2] += l.weight();
                reached.computeIfAbsent(l.rule(), r -> new java.util.HashSet<>()).add(other);
                v[1] = reached.get(l.rule()).size();
            }
        }
        return out;
    }

    /**
     * Re-clusters the run's links with other parameters (for example without one rule) and returns the best Jaccard
     * overlap between the given cluster and any cluster found that way: 1.0 = the cluster holds exactly.
     */
    public double robustness(long runId, long clusterId, AnalysisParameters params) {
        Set<Integer> original = new java.util.HashSet<>();
        results.members(clusterId).forEach(m -> original.add(m.accountRef()));
        List<LinkRecord> links = results.links(runId, original, false);
        double best = 0;
        for (Clustering.Found f : Clustering.cluster(links, params)) {
            Set<Integer> s = f.members().keySet();
            long inter = s.stream().filter(original::contains).count();
            double jaccard = (double) inter / (s.size() + original.size() - inter);
            best = Math.max(best, jaccard);
        }
        return best;
    }
}
