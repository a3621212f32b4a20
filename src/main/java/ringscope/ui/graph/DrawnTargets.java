package ringscope.ui.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ringscope.graph.NodeKind;
import ringscope.graph.VisualEdge;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.Target;

/**
 * Translates between what a graph view draws (node and edge keys) and the shared selection's targets: a cluster node
 * is {@code CLUSTER:id}, an account node {@code ACCOUNT:account id}, an account edge the links it folds, an overview
 * edge (many links between two clusters) its two clusters. Immutable; built once per view.
 */
final class DrawnTargets {
    static final DrawnTargets NONE = new DrawnTargets(VisualGraph.empty("none", ""));

    private final Map<String, VisualNode> nodes;
    private final Map<String, VisualEdge> edges;
    private final Map<String, String> accountKeys = new java.util.HashMap<>();
    private final Map<Long, String> linkKeys = new java.util.HashMap<>();

    DrawnTargets(VisualGraph graph) {
        this.nodes = graph.nodesByKey();
        this.edges = new java.util.HashMap<>();
        for (VisualNode n : graph.nodes()) {
            if (n.kind() == NodeKind.ACCOUNT) {
                accountKeys.put(n.label(), n.key());
            }
        }
        for (VisualEdge e : graph.edges()) {
            edges.put(e.key(), e);
            e.linkIds().forEach(id -> linkKeys.put(id, e.key()));
        }
    }

    Optional<VisualNode> node(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    boolean contains(String key) {
        return nodes.containsKey(key) || edges.containsKey(key);
    }

    /** The targets a click on {@code key} selects (empty for an unknown key). */
    List<Target> targetsOf(String key) {
        VisualEdge e = edges.get(key);
        if (e != null) {
            return e.linkIds().isEmpty() ? List.of(targetOfNode(e.source()), targetOfNode(e.target()))
                    : e.linkIds().stream().map(Target::link).toList();
        }
        return nodes.containsKey(key) ? List.of(targetOfNode(key)) : List.of();
    }

    Target targetOfNode(String key) {
        VisualNode n = nodes.get(key);
        return n.kind() == NodeKind.CLUSTER ? Target.cluster(n.id()) : Target.account(n.label());
    }

    /** The drawn element of a target, if this view draws it. */
    Optional<String> keyOf(Target t) {
        String key = switch (t.kind()) {
            case CLUSTER -> {
                String k = NodeKind.CLUSTER.key(Long.parseLong(t.key()));
                yield nodes.containsKey(k) ? k : null;
            }
            case ACCOUNT -> accountKeys.get(t.key());
            case LINK -> linkKeys.get(Long.parseLong(t.key()));
            default -> null;
        };
        return Optional.ofNullable(key);
    }

    /** The drawn elements of targets (targets not drawn here are skipped). */
    Set<String> keysOf(List<Target> targets) {
        Set<String> out = new LinkedHashSet<>();
        targets.forEach(t -> keyOf(t).ifPresent(out::add));
        return Set.copyOf(out);
    }
}
