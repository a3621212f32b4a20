package ringscope.model;

import java.util.Set;

/**
 * Thresholds of the link rules (stored with each run). Each rule's class in {@code ringscope.analysis.rules} says
 * which of these it reads; docs/detection.md lists them with their defaults.
 *
 * @param maxValueAccounts a value shared by more accounts makes no pair links (its commonness is still recorded)
 * @param fullPairsUpTo values shared by at most this many accounts link every pair; more common ones link each
 *     account to its next {@code chainNeighbours} only (connected without n² pairs)
 * @param chainNeighbours see {@code fullPairsUpTo}
 * @param ipWindowHours two accounts share an IP only if their uses of it come within this many hours of each other
 * @param burstWindowMinutes sign-ups this close together from the same /24 or rare verification path form a burst
 * @param minCorrelation detrended hourly correlation needed for a synchrony link
 * @param loadBalanceTolerance largest mean relative difference of two hourly series for a load-balancing link
 * @param successionHours a new account this soon after a ban, on the banned account's infrastructure, is linked
 * @param pivotMinutes accounts whose first use of a newly released model (within a day of the release) lies this
 *     close together are linked
 * @param minIpsPerKey an account whose API keys average at least this many IPs each rotates through a proxy pool
 * @param minSharedIps two rotating accounts must share at least this many IPs for a proxy-pool link
 * @param minEndUsers an account with at least this many distinct end users is a relay
 * @param minUserAgents an account with at least this many distinct user agents is a relay
 * @param disabledRules rules not run at all
 */
public record RuleParameters(int maxValueAccounts, int fullPairsUpTo, int chainNeighbours, int ipWindowHours,
        int burstWindowMinutes, double minCorrelation, double loadBalanceTolerance, int successionHours,
        int pivotMinutes, int minIpsPerKey, int minSharedIps, int minEndUsers, int minUserAgents,
        Set<LinkRule> disabledRules) {

    public RuleParameters {
        disabledRules = Set.copyOf(disabledRules);
        if (maxValueAccounts < 2 || fullPairsUpTo < 2 || chainNeighbours < 1) {
            throw new IllegalArgumentException("value caps must be at least 2 (chain neighbours at least 1)");
        }
    }

    public static RuleParameters defaults() {
        return new RuleParameters(300, 40, 8, 24, 30, 0.3, 0.35, 72, 60, 8, 3, 50, 10, Set.of());
    }

    public boolean enabled(LinkRule rule) {
        return !disabledRules.contains(rule);
    }

    public RuleParameters withDisabled(Set<LinkRule> rules) {
        return new RuleParameters(maxValueAccounts, fullPairsUpTo, chainNeighbours, ipWindowHours, burstWindowMinutes,
                minCorrelation, loadBalanceTolerance, successionHours, pivotMinutes, minIpsPerKey, minSharedIps,
                minEndUsers, minUserAgents, rules);
    }
}
