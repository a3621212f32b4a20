package ringscope.model;

import java.util.List;

/** A cluster of an analysis run with its score and every part of it. */
public record ClusterSummary(long id, long runId, String label, int size, long interactions, double score,
        List<ScorePart> parts) {
    public ClusterSummary {
        parts = List.copyOf(parts);
    }
}
