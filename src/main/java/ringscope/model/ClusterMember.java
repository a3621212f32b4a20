package ringscope.model;

/** An account in a cluster: how sure (share of its link weight inside the cluster) and how many links put it there. */
public record ClusterMember(long clusterId, int accountRef, String accountId, double confidence, int links) {}
