package ringscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A stored layout of one graph view of one analysis run: how it was computed and where every node sits.
 *
 * @param runId the analysis run the view shows
 * @param viewKey the view ("overview", "cluster:42", "around:17:2")
 * @param algorithm the layout that placed the nodes ("spring-box", "seed")
 * @param steps layout steps run
 * @param computedMs when it was computed, epoch ms UTC
 */
public record GraphLayout(long runId, String viewKey, String algorithm, int steps, long computedMs,
        List<NodePosition> positions) {
    public GraphLayout {
        Objects.requireNonNull(viewKey, "viewKey");
        Objects.requireNonNull(algorithm, "algorithm");
        positions = List.copyOf(positions);
    }
}
