package ringscope.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one graph view shows: its nodes and edges, and how many there were before capping and filtering, so the view
 * can say "showing N of M" whenever anything is hidden.
 *
 * @param viewKey names the view for stored layouts and history ("overview", "cluster:42", "around:17:2")
 * @param title what the view is, for people ("Cluster 42: 2,502 accounts")
 * @param totalNodes nodes there would be with no cap and no filter (>= nodes.size())
 * @param totalEdges edges there would be with no cap and no filter (>= edges.size())
 */
public record VisualGraph(String viewKey, String title, List<VisualNode> nodes, List<VisualEdge> edges,
        int totalNodes, int totalEdges) {
    public VisualGraph {
        Objects.requireNonNull(viewKey, "viewKey");
        Objects.requireNonNull(title, "title");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        totalNodes = Math.max(totalNodes, nodes.size());
        totalEdges = Math.max(totalEdges, edges.size());
    }

    public static VisualGraph empty(String viewKey, String title) {
        return new VisualGraph(viewKey, title, List.of(), List.of(), 0, 0);
    }

    /** Whether something is hidden by a cap or a filter. */
    public boolean isPartial() {
        return nodes.size() < totalNodes || edges.size() < totalEdges;
    }

    /** "showing 300 of 1,690 clusters, 812 of 4,020 links", or "1,690 clusters, 4,020 links" when nothing is hidden. */
    public String caption(String nodeNoun) {
        String n = nodes.size() < totalNodes
                ? String.format("showing %,d of %,d %s", nodes.size(), totalNodes, nodeNoun)
                : String.format("%,d %s", nodes.size(), nodeNoun);
        String e = edges.size() < totalEdges
                ? String.format("%,d of %,d links", edges.size(), totalEdges)
                : String.format("%,d links", edges.size());
        return n + ", " + e;
    }

    /** Nodes by key, in list order. */
    public Map<String, VisualNode> nodesByKey() {
        Map<String, VisualNode> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.key(), n));
        return out;
    }
}
