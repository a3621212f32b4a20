package ringscope.model;

import java.util.List;

/**
 * Why two accounts are together in a run: the ranked shared signals (strong tier first, then weight, then rarer
 * value), the weight with which their links bind the pair (the summed link weight, a sign-up burst counting at most as
 * much as the other links) and whether that weight binds the pair in clustering.
 */
public record WhyTogetherReport(long runId, String accountA, String accountB, List<SharedSignal> signals,
        double totalWeight, boolean binds) {
    public WhyTogetherReport {
        signals = List.copyOf(signals);
    }
}
