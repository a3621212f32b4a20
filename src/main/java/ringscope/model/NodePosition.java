package ringscope.model;

import java.util.Objects;

/**
 * Where one node of a graph view sits, in graph units, and whether the analyst pinned it there.
 *
 * @param nodeKey the node's key in its view ("c:42" for a cluster, "a:17" for an account ref)
 */
public record NodePosition(String nodeKey, double x, double y, boolean pinned) {
    public NodePosition {
        Objects.requireNonNull(nodeKey, "nodeKey");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a node position needs finite coordinates: " + nodeKey);
        }
    }
}
