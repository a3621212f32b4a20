package ringscope.model;

/**
 * A stored analysis run: name, when, its parameters (JSON of {@link AnalysisParameters}), and what it found.
 * {@code commonValues} counts shared values that were too common to make links; {@code stepTimes} lists the
 * milliseconds per step ("shared IP: 812; clustering: 2033; ...").
 */
public record AnalysisRunInfo(long id, String name, long startedMs, long finishedMs, String parameters, int accounts,
        int links, int clusters, int commonValues, String stepTimes) {}
