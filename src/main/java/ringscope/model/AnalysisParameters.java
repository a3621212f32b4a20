package ringscope.model;

/** Everything an analysis run was made with: the rule thresholds and the clustering settings (stored as JSON). */
public record AnalysisParameters(RuleParameters rules, ClusterParameters clustering) {
    public AnalysisParameters {
        if (rules == null || clustering == null) {
            throw new IllegalArgumentException("rules and clustering parameters are required");
        }
    }

    public static AnalysisParameters defaults() {
        return new AnalysisParameters(RuleParameters.defaults(), ClusterParameters.defaults());
    }
}
