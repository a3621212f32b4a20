package ringscope.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import ringscope.model.NodePosition;

/**
 * Keeps one GraphStream {@link Graph} showing a {@link VisualGraph}: adds and removes only what changed, so nodes
 * that stay keep their place (expand and collapse do not jump), and sets each element's classes, size, label,
 * position, pin ({@code layout.frozen}) and selection ({@code ui.selected}).
 *
 * <p>Attributes: nodes {@code ui.class}, {@code ui.size} (px), {@code ui.label}, {@code xyz}, {@code layout.frozen},
 * {@code ui.selected}; edges {@code ui.class}, {@code ui.size}; the graph {@code ui.stylesheet}. Not thread-safe: call
 * it on whichever thread owns the graph (the FX thread once a viewer shows it).
 */
public final class GraphSync {
    private final Graph graph;
    private final GraphStyles styles;
    private VisualGraph shown = VisualGraph.empty("none", "");
    private Map<String, VisualNode> nodes = Map.of();
    private Map<String, VisualEdge> edges = Map.of();
    private StyleOptions options = StyleOptions.defaults();
    private Set<String> highlighted = Set.of();
    private Set<String> selected = Set.of();
    private String stylesheet = "";
    private final Map<String, Object[]> classArrays = new HashMap<>();

    public GraphSync(Graph graph, GraphStyles styles) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.styles = Objects.requireNonNull(styles, "styles");
    }

    /**
     * Shows {@code next}: removes what it lacks, adds what is new, restyles the rest. Nodes with a position in
     * {@code positions} move there; new nodes without one are left for the caller to place.
     */
    public void show(VisualGraph next, StyleOptions nextOptions, Map<String, NodePosition> positions) {
        Map<String, VisualNode> nextNodes = next.nodesByKey();
        Map<String, VisualEdge> nextEdges = new HashMap<>();
        next.edges().forEach(e -> nextEdges.put(e.key(), e));
        if (!nodes.isEmpty() && nodes.keySet().stream().noneMatch(nextNodes::containsKey)) {
            // another view altogether (overview to cluster): one clear instead of an event per element removed
            graph.clear();
            stylesheet = ""; // clear() drops the graph's attributes too
        } else {
            for (String key : new ArrayList<>(edges.keySet())) {
                if (!nextEdges.containsKey(key)) {
                    graph.removeEdge(key);
                }
            }
            for (String key : new ArrayList<>(nodes.keySet())) {
                if (!nextNodes.containsKey(key)) {
                    graph.removeNode(key);
                }
            }
        }
        this.shown = next;
        this.nodes = nextNodes;
        this.edges = nextEdges;
        this.options = nextOptions;
        updateStylesheet();
        applyNodes(positions);
        applyEdges(next.edges());
        highlighted = retain(highlighted);
        selected = retain(selected);
    }

    private void updateStylesheet() {
        Set<String> colours = new TreeSet<>();
        nodes.values().forEach(n -> n.tags().forEach(t -> colours.add(t.colour())));
        String css = styles.stylesheet(colours);
        if (!css.equals(stylesheet)) {
            stylesheet = css;
            graph.setAttribute("ui.stylesheet", css);
        }
    }

    private void applyNodes(Map<String, NodePosition> positions) {
        long maxAccountVolume = 1;
        long maxClusterVolume = 1;
        int maxMembers = 1;
        for (VisualNode n : nodes.values()) {
            if (n.kind() == NodeKind.CLUSTER) {
                maxClusterVolume = Math.max(maxClusterVolume, n.volume());
                maxMembers = Math.max(maxMembers, n.members());
            } else {
                maxAccountVolume = Math.max(maxAccountVolume, n.volume());
            }
        }
        for (VisualNode n : nodes.values()) {
            Node node = graph.getNode(n.key());
            if (node == null) {
                node = graph.addNode(n.key());
            }
            long maxVolume = n.kind() == NodeKind.CLUSTER ? maxClusterVolume : maxAccountVolume;
            set(node, "ui.class", styles.nodeClasses(n, options.colour(), highlighted.contains(n.key())));
            set(node, "ui.size", round(styles.nodeSize(n, options, maxVolume, maxMembers)));
            set(node, "ui.label", n.label());
            NodePosition p = positions.get(n.key());
            if (p != null) {
                place(node, p);
            }
        }
    }

    private void applyEdges(List<VisualEdge> list) {
        double maxWeight = list.stream().mapToDouble(VisualEdge::weight).max().orElse(1);
        for (VisualEdge e : list) {
            Edge edge = graph.getEdge(e.key());
            if (edge == null) {
                edge = graph.addEdge(e.key(), e.source(), e.target());
            }
            set(edge, "ui.class", edgeClasses(e));
            set(edge, "ui.size", round(styles.edgeWidth(e, maxWeight)));
        }
    }

    /**
     * An edge's classes as an array, one array per combination: GraphStream splits a class string with a regular
     * expression each time it works out an element's style group (twice per new edge), an array it reads as is.
     */
    private Object[] edgeClasses(VisualEdge e) {
        return classArrays.computeIfAbsent(styles.edgeClasses(e), c -> c.split(","));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void set(Element e, String attribute, Object value) {
        if (!value.equals(e.getAttribute(attribute))) {
            e.setAttribute(attribute, value);
        }
    }

    /** Sets several values (GraphStream keeps two or more as an array, one as itself) unless they are set already. */
    private static void set(Element e, String attribute, Object[] values) {
        Object now = e.getAttribute(attribute);
        boolean same = now instanceof Object[] a ? Arrays.equals(a, values)
                : values.length == 1 && values[0].equals(now);
        if (!same) {
            e.setAttribute(attribute, values);
        }
    }

    private static void place(Node node, NodePosition p) {
        node.setAttribute("xyz", p.x(), p.y(), 0.0);
        if (p.pinned()) {
            node.setAttribute("layout.frozen");
        } else if (node.hasAttribute("layout.frozen")) {
            node.removeAttribute("layout.frozen");
        }
    }

    /** Moves nodes (unknown keys are ignored). */
    public void move(Collection<NodePosition> positions) {
        for (NodePosition p : positions) {
            Node node = graph.getNode(p.nodeKey());
            if (node != null) {
                place(node, p);
            }
        }
    }

    /** Pins or unpins a node where it is. */
    public void pin(String key, boolean pinned) {
        Node node = graph.getNode(key);
        if (node == null) {
            return;
        }
        if (pinned) {
            node.setAttribute("layout.frozen");
        } else {
            node.removeAttribute("layout.frozen");
        }
    }

    /** Marks nodes and edges as selected ({@code ui.selected}); keys not shown are ignored. */
    public void select(Set<String> keys) {
        Set<String> next = retain(keys);
        for (String key : selected) {
            if (!next.contains(key)) {
                element(key).ifPresent(e -> e.removeAttribute("ui.selected"));
            }
        }
        for (String key : next) {
            element(key).ifPresent(e -> e.setAttribute("ui.selected"));
        }
        selected = next;
    }

    /** Highlights nodes (their neighbours, a search hit, a why-together pair); keys not shown are ignored. */
    public void highlight(Set<String> keys) {
        Set<String> before = highlighted;
        highlighted = retain(keys);
        Set<String> touched = new HashSet<>(before);
        touched.addAll(highlighted);
        for (String key : touched) {
            VisualNode n = nodes.get(key);
            Node node = graph.getNode(key);
            if (n != null && node != null) {
                set(node, "ui.class", styles.nodeClasses(n, options.colour(), highlighted.contains(key)));
            }
        }
    }

    private java.util.Optional<Element> element(String key) {
        Element e = key.startsWith("e:") ? graph.getEdge(key) : graph.getNode(key);
        return java.util.Optional.ofNullable(e);
    }

    private Set<String> retain(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (nodes.containsKey(k) || edges.containsKey(k)) {
                out.add(k);
            }
        }
        return Set.copyOf(out);
    }

    /** Where every shown node is now, with its pin. Nodes never placed are left out. */
    public Map<String, NodePosition> positions() {
        Map<String, NodePosition> out = new HashMap<>();
        for (String key : nodes.keySet()) {
            Node node = graph.getNode(key);
            Object xyz = node == null ? null : node.getAttribute("xyz");
            if (xyz instanceof Object[] a && a.length >= 2 && a[0] instanceof Number x && a[1] instanceof Number y) {
                out.put(key, new NodePosition(key, x.doubleValue(), y.doubleValue(),
                        node.hasAttribute("layout.frozen")));
            }
        }
        return out;
    }

    public VisualGraph shown() {
        return shown;
    }

    public Map<String, VisualNode> nodes() {
        return nodes;
    }

    public Map<String, VisualEdge> edges() {
        return edges;
    }

    public StyleOptions options() {
        return options;
    }

    public GraphStyles styles() {
        return styles;
    }
}
