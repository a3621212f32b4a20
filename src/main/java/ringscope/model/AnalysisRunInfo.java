package ringscope.model;

/** A stored analysis run. */
public record AnalysisRunInfo(long id, String name, long startedMs, long finishedMs, String parameters, int accounts,
        int links, int clusters) {}
