package ringscope.model;

import java.util.Set;

/**
 * How links become clusters (stored with each run; robustness checks re-cluster with other values).
 *
 * @param minPairWeight the summed weight of a pair's links must reach this to bind the pair: one strong link does,
 *     a weak link alone does not, several weak or medium links together may
 * @param minClusterSize smaller communities are not reported
 * @param overlapShare an account also joins a second cluster when at least this share of its bound weight goes there
 * @param excludedRules links of these rules are ignored by clustering (they are still stored)
 */
public record ClusterParameters(double minPairWeight, int minClusterSize, double overlapShare,
        Set<LinkRule> excludedRules) {

    public ClusterParameters {
        excludedRules = Set.copyOf(excludedRules);
        if (minClusterSize < 2 || overlapShare <= 0 || overlapShare > 0.5) {
            throw new IllegalArgumentException("minClusterSize >= 2 and 0 < overlapShare <= 0.5 required");
        }
    }

    public static ClusterParameters defaults() {
        return new ClusterParameters(0.5, 3, 0.3, Set.of());
    }

    public ClusterParameters with(Set<LinkRule> excluded, double minWeight) {
        return new ClusterParameters(minWeight, minClusterSize, overlapShare, excluded);
    }
}
