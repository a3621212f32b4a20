package ringscope.store;

import java.util.ArrayList;
import java.util.List;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.ScorePart;

/**
 * The first, untyped read API of analysis runs, kept only so the clusters tab compiles until it moves to
 * {@code ringscope.analysis.AnalysisQueries} (typed {@link ClusterSummary} records). New code must not use it.
 *
 * @deprecated use {@code ringscope.analysis.AnalysisQueries}
 */
@Deprecated(forRemoval = true)
public final class AnalysisResults {
    private final AnalysisRepository repository;

    public AnalysisResults(CaseStore store) {
        this.repository = new AnalysisRepository(store);
    }

    public List<AnalysisRunInfo> runs() {
        return repository.runs();
    }

    /** Clusters of a run by rank: {id, label, size, interactions, score, parts as a JSON array}. */
    public List<Object[]> clusters(long runId) {
        List<Object[]> out = new ArrayList<>();
        for (ClusterSummary c : repository.clusters(runId)) {
            out.add(new Object[] {c.id(), c.label(), c.size(), c.interactions(), c.score(), json(c.parts())});
        }
        return out;
    }

    public List<ClusterMember> members(long clusterId) {
        return repository.members(clusterId);
    }

    private static String json(List<ScorePart> parts) {
        StringBuilder sb = new StringBuilder("[");
        for (ScorePart p : parts) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"name\":").append(quote(p.name())).append(",\"value\":").append(p.value())
                    .append(",\"weight\":").append(p.weight()).append(",\"measured\":").append(quote(p.measured()))
                    .append('}');
        }
        return sb.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
