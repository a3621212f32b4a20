package ringscope.model;

import java.util.Set;

/**
 * Parameters of an analysis run (all stored with the run).
 *
 * @param maxValueAccounts a shared value used by more accounts than this makes no pair links (too common to say
 *     anything; its commonness is still reported)
 * @param burstWindowMinutes sign-ups this close together from the same /24 and verification path are linked
 * @param minCorrelation hourly-activity correlation needed for a synchrony link
 * @param successionHours a new account within this many hours after a ban, on the banned account's IPs, is linked
 * @param minClusterWeight links lighter than this do not take part in clustering
 * @param excludedRules rules left out of clustering (robustness checks)
 */
public record AnalysisParameters(int maxValueAccounts, int burstWindowMinutes, double minCorrelation,
        int successionHours, double minClusterWeight, Set<LinkRule> excludedRules) {

    public AnalysisParameters {
        excludedRules = Set.copyOf(excludedRules);
    }

    public static AnalysisParameters defaults() {
        return new AnalysisParameters(300, 30, 0.5, 72, 0.5, Set.of());
    }
}
