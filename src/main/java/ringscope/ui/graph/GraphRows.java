package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import ringscope.graph.NodeKind;
import ringscope.graph.VisualEdge;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;

/** The rows of the graph's table view: the nodes and edges of the picture as plain values. Pure. */
public final class GraphRows {
    /** One node of the picture (a cluster or an account). */
    public record NodeRow(String key, String kind, String name, long cluster, int accounts, double score,
            long interactions, int links) {}

    /** One edge of the picture: all links between two nodes. */
    public record EdgeRow(String key, String from, String to, String rules, String tier, double weight, int links) {}

    private GraphRows() {}

    public static List<NodeRow> nodes(VisualGraph g) {
        Map<String, Integer> degree = new HashMap<>();
        for (VisualEdge e : g.edges()) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        List<NodeRow> out = new ArrayList<>();
        for (VisualNode n : g.nodes()) {
            out.add(new NodeRow(n.key(), n.kind() == NodeKind.CLUSTER ? "cluster" : "account", n.label(),
                    n.clusterId(), n.members(), n.score(), n.volume(), degree.getOrDefault(n.key(), 0)));
        }
        return out;
    }

    public static List<EdgeRow> edges(VisualGraph g) {
        Map<String, VisualNode> byKey = g.nodesByKey();
        List<EdgeRow> out = new ArrayList<>();
        for (VisualEdge e : g.edges()) {
            String rules = e.rules().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            out.add(new EdgeRow(e.key(), name(byKey, e.source()), name(byKey, e.target()), rules,
                    e.tier().name().toLowerCase(Locale.ROOT), e.weight(), e.links()));
        }
        return out;
    }

    private static String name(Map<String, VisualNode> byKey, String key) {
        VisualNode n = byKey.get(key);
        return n == null ? key : n.label();
    }
}
