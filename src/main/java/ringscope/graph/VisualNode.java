package ringscope.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a graph view, as plain data: a cluster meta-node or an account.
 *
 * @param key "c:&lt;cluster id&gt;" or "a:&lt;account ref&gt;" (see {@link NodeKind#key})
 * @param label what the node is called on screen (cluster label, account id)
 * @param volume interactions (summed over members for a cluster): drives the size
 * @param score cluster score in [0, 1] (for an account: the score of its highest-scoring cluster, 0 when none)
 * @param clusterId the cluster (for an account: its home cluster), -1 when none: drives "colour by cluster"
 * @param members accounts in the cluster (1 for an account)
 * @param tags the active tags on it, first one wins for "colour by tag"
 * @param attributes what filters and the details pane read ("country", "plan", "status", "email_domain", ...)
 */
public record VisualNode(String key, NodeKind kind, String label, long volume, double score, long clusterId,
        int members, List<TagMark> tags, Map<String, String> attributes) {
    public VisualNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        tags = List.copyOf(tags);
        attributes = Map.copyOf(attributes);
    }

    /** The cluster id or account ref inside the key. */
    public long id() {
        return kind.idOf(key);
    }

    public VisualNode withTags(List<TagMark> next) {
        return new VisualNode(key, kind, label, volume, score, clusterId, members, next, attributes);
    }
}
