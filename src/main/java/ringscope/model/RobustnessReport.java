package ringscope.model;

import java.util.List;
import java.util.Set;

/**
 * Does a cluster hold without some link types or with another threshold? The run's links touching the cluster were
 * re-clustered with {@code excludedRules} left out and {@code minPairWeight}; {@code bestJaccard} is the overlap with
 * the best-matching new cluster (1.0 = holds exactly, 0 = falls apart), {@code kept}/{@code lost} count the original
 * members in/out of it, and {@code pieces} lists the sizes of the new clusters holding original members.
 */
public record RobustnessReport(long clusterId, Set<LinkRule> excludedRules, double minPairWeight, int originalSize,
        double bestJaccard, int kept, int lost, List<Integer> pieces) {
    public RobustnessReport {
        excludedRules = Set.copyOf(excludedRules);
        pieces = List.copyOf(pieces);
    }

    /** True when at least 90% of the members stay together (Jaccard >= 0.9). */
    public boolean holds() {
        return bestJaccard >= 0.9;
    }
}
