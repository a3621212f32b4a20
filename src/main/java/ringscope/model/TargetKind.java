package ringscope.model;

/**
 * What an analyst can tag or annotate. Targets are named by stable text keys so that casework does not depend on the
 * analysis schema: an account by {@code account.account_id}, a link by {@code link.id}, a cluster by
 * {@code cluster.id}, a hypothesis by its casework id, and the case itself by {@link Target#CASE_KEY}.
 */
public enum TargetKind {
    CASE,
    ACCOUNT,
    LINK,
    CLUSTER,
    HYPOTHESIS
}
