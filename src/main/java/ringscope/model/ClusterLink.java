package ringscope.model;

import java.util.Objects;

/**
 * All links of one rule between the home members of two clusters of a run, folded for the cluster overview.
 *
 * @param clusterA the smaller cluster id
 * @param clusterB the larger cluster id
 * @param links how many account-to-account links it stands for
 * @param weight their summed weight
 * @param firstMs earliest evidence, epoch ms UTC (-1 unknown)
 * @param lastMs latest evidence, epoch ms UTC (-1 unknown)
 */
public record ClusterLink(long clusterA, long clusterB, LinkRule rule, int links, double weight, long firstMs,
        long lastMs) {
    public ClusterLink {
        Objects.requireNonNull(rule, "rule");
        if (clusterA >= clusterB) {
            throw new IllegalArgumentException("a cluster link needs clusterA < clusterB: " + clusterA + ", " + clusterB);
        }
    }
}
