package ringscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ringscope.analysis.cluster.ClusterBuilder;
import ringscope.analysis.cluster.FoundCluster;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterParameters;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RobustnessReport;
import ringscope.store.AnalysisRepository;

/**
 * "Does this cluster hold without link type X / with threshold Y?": re-clusters the stored links touching the
 * cluster's members (so outsiders can still be pulled in) with the changed settings and compares.
 */
final class Robustness {
    private final AnalysisRepository repository;
    private final ClusterParameters base;

    Robustness(AnalysisRepository repository, ClusterParameters base) {
        this.repository = repository;
        this.base = base;
    }

    RobustnessReport check(long runId, long clusterId, Set<LinkRule> excluded, double minPairWeight) {
        Set<Integer> original = new HashSet<>();
        for (ClusterMember m : repository.members(clusterId)) {
            original.add(m.accountRef());
        }
        List<LinkRecord> links = repository.linksTouching(runId, original, false);
        List<FoundCluster> found = ClusterBuilder.cluster(links, base.with(excluded, minPairWeight));
        double best = 0;
        int kept = 0;
        List<Integer> pieces = new ArrayList<>();
        for (FoundCluster f : found) {
            Set<Integer> s = new HashSet<>(f.accounts());
            int inter = (int) s.stream().filter(original::contains).count();
            if (inter == 0) {
                continue;
            }
            pieces.add(s.size());
            double jaccard = (double) inter / (s.size() + original.size() - inter);
            if (jaccard > best) {
                best = jaccard;
                kept = inter;
            }
        }
        pieces.sort(Comparator.reverseOrder());
        return new RobustnessReport(clusterId, excluded, minPairWeight, original.size(), best, kept,
                original.size() - kept, pieces);
    }
}
