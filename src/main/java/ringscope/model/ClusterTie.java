package ringscope.model;

/**
 * How one rule ties an account to the other members of a cluster: links, members reached, summed weight, the
 * rarest shared value and its commonness, and when.
 */
public record ClusterTie(LinkRule rule, LinkRule.Tier tier, int links, int membersReached, double weight,
        String example, int exampleAccounts, long firstMs, long lastMs) {}
