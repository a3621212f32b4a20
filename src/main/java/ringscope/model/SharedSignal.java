package ringscope.model;

/**
 * One reason two accounts (or an account and a cluster) belong together, for "why together": the rule and its tier,
 * the shared value with its commonness, the link weight it carries (0 when the value was too common to link), the
 * evidence rows, the time the two overlap on it ({@code overlapMs}, 0 when not time-bound or disjoint), and the link
 * that stores it ({@code linkId} 0 when the signal was found from the aggregates only, e.g. a common value).
 */
public record SharedSignal(LinkRule rule, LinkRule.Tier tier, String value, int valueAccounts, double weight,
        long evidenceCount, long firstMs, long lastMs, long overlapMs, long linkId, String explanation) {}
