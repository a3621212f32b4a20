package ringscope.model;

import java.util.List;

/**
 * Why an account is (or would be) in a cluster: its membership if any ({@code member} null when it is not one),
 * the ties per rule (strong first, heaviest first), and the heaviest single links into the cluster.
 */
public record WhyInClusterReport(long runId, long clusterId, String accountId, ClusterMember member,
        List<ClusterTie> ties, List<LinkRecord> strongestLinks) {
    public WhyInClusterReport {
        ties = List.copyOf(ties);
        strongestLinks = List.copyOf(strongestLinks);
    }
}
