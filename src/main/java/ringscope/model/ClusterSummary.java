package ringscope.model;

import java.util.List;

/**
 * A cluster of an analysis run: rank (1 = highest score), a label naming its heaviest rules, size (all members,
 * overlapping ones included) and core size (members whose home cluster it is), traffic, score and every part of it.
 */
public record ClusterSummary(long id, long runId, int rank, String label, int size, int coreSize, long interactions,
        double score, List<ScorePart> parts) {
    public ClusterSummary {
        parts = List.copyOf(parts);
    }
}
