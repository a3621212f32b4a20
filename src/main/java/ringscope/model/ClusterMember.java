package ringscope.model;

/**
 * An account in a cluster. {@code confidence} is the share of the account's bound link weight that goes to other
 * members (1.0 = all its evidence points into the cluster); {@code home} is false for an overlapping membership;
 * {@code links} and {@code weightInside} count the links that put it there, {@code rules} names their rules,
 * heaviest first.
 */
public record ClusterMember(long clusterId, int accountRef, String accountId, double confidence, int links,
        boolean home, double weightInside, String rules) {}
