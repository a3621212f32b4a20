package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.transform.Affine;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import ringscope.graph.GraphStyles;

/**
 * The graph as the last frame saw it on screen: nodes and edges in draw order (edges heaviest first), each node's
 * device position and radius, whether it is inside the viewport, selected, highlighted or pinned, and which edges were
 * drawn. Rebuilt only when the graph changes shape; re-projected every frame. Answers hit tests in view pixels.
 * FX thread.
 */
final class ProjectedFrame {
    static final byte PLAIN = 0;
    static final byte HIGHLIGHTED = 1;
    static final byte SELECTED = 2;
    private static final double HIT_SLOP = 3;

    GraphicNode[] nodes = new GraphicNode[0];
    GraphicEdge[] edges = new GraphicEdge[0];
    int[] from = new int[0];
    int[] to = new int[0];
    double[] px = new double[0];
    double[] py = new double[0];
    double[] radius = new double[0];
    boolean[] inView = new boolean[0];
    byte[] emphasis = new byte[0];
    boolean[] pinned = new boolean[0];
    int[] drawn = new int[0];
    int drawnCount;
    double width;
    double height;
    private double scale = 1;
    private int visible;
    private boolean dirty = true;
    private int knownNodes = -1;
    private int knownEdges = -1;

    void invalidate() {
        dirty = true;
    }

    void project(GraphicGraph g, Affine t, double deviceScale, double w, double h) {
        if (dirty || g.getNodeCount() != knownNodes || g.getEdgeCount() != knownEdges) {
            rebuild(g);
        }
        width = w;
        height = h;
        scale = deviceScale;
        visible = 0;
        double mxx = t.getMxx();
        double mxy = t.getMxy();
        double myx = t.getMyx();
        double myy = t.getMyy();
        double tx = t.getTx();
        double ty = t.getTy();
        for (int i = 0; i < nodes.length; i++) {
            GraphicNode n = nodes[i];
            px[i] = mxx * n.x + mxy * n.y + tx;
            py[i] = myx * n.x + myy * n.y + ty;
            double r = number(n, "ui.size", 10) * deviceScale / 2;
            radius[i] = r;
            inView[i] = px[i] + r >= 0 && px[i] - r <= w && py[i] + r >= 0 && py[i] - r <= h;
            if (inView[i]) {
                visible++;
            }
            emphasis[i] = n.hasAttribute("ui.selected") ? SELECTED
                    : n.getAttribute("ui.class") instanceof String c && c.endsWith("," + GraphStyles.HIGHLIGHT_CLASS)
                            ? HIGHLIGHTED : PLAIN;
            pinned[i] = n.hasAttribute("layout.frozen");
        }
    }

    private void rebuild(GraphicGraph g) {
        nodes = g.nodes().map(GraphicNode.class::cast).toArray(GraphicNode[]::new);
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            index.put(nodes[i], i);
        }
        edges = g.edges().map(GraphicEdge.class::cast)
                .sorted(Comparator.comparingDouble((GraphicEdge e) -> -number(e, "ui.size", 1))
                        .thenComparing(Edge::getId))
                .toArray(GraphicEdge[]::new);
        from = new int[edges.length];
        to = new int[edges.length];
        for (int i = 0; i < edges.length; i++) {
            from[i] = index.get(edges[i].from);
            to[i] = index.get(edges[i].to);
        }
        int n = nodes.length;
        px = new double[n];
        py = new double[n];
        radius = new double[n];
        inView = new boolean[n];
        emphasis = new byte[n];
        pinned = new boolean[n];
        drawn = new int[edges.length];
        drawnCount = 0;
        knownNodes = g.getNodeCount();
        knownEdges = g.getEdgeCount();
        dirty = false;
    }

    static double number(GraphicElement e, String attribute, double fallback) {
        return e.getAttribute(attribute) instanceof Number v ? v.doubleValue() : fallback;
    }

    int visibleNodes() {
        return visible;
    }

    double scale() {
        return scale;
    }

    /** Whether any part of edge {@code i} may be on screen (bounding-box test). */
    boolean edgeVisible(int i) {
        double x1 = px[from[i]];
        double y1 = py[from[i]];
        double x2 = px[to[i]];
        double y2 = py[to[i]];
        return Math.max(x1, x2) >= 0 && Math.min(x1, x2) <= width && Math.max(y1, y2) >= 0
                && Math.min(y1, y2) <= height;
    }

    int countVisibleEdges() {
        int n = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edgeVisible(i)) {
                n++;
            }
        }
        return n;
    }

    /** The topmost node under view pixel (x, y), or null. */
    GraphicElement nodeAt(double x, double y) {
        for (int i = nodes.length - 1; i >= 0; i--) {
            double dx = px[i] / scale - x;
            double dy = py[i] / scale - y;
            double r = radius[i] / scale + HIT_SLOP;
            if (inView[i] && dx * dx + dy * dy <= r * r) {
                return nodes[i];
            }
        }
        return null;
    }

    /** The drawn edge nearest to view pixel (x, y) within a few pixels, or null. */
    GraphicElement edgeAt(double x, double y) {
        GraphicElement best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 0; k < drawnCount; k++) {
            int i = drawn[k];
            double d = segmentDistance(x, y, px[from[i]] / scale, py[from[i]] / scale, px[to[i]] / scale,
                    py[to[i]] / scale);
            double reach = Math.max(4, number(edges[i], "ui.size", 1) / 2 + 2);
            if (d <= reach && d < bestDistance) {
                bestDistance = d;
                best = edges[i];
            }
        }
        return best;
    }

    static double segmentDistance(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** Nodes whose centre lies in the view-pixel rectangle. */
    List<GraphicElement> nodesIn(double x1, double y1, double x2, double y2) {
        List<GraphicElement> out = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            double x = px[i] / scale;
            double y = py[i] / scale;
            if (x >= x1 && x <= x2 && y >= y1 && y <= y2) {
                out.add(nodes[i]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ProjectedFrame" + Arrays.asList(nodes.length, edges.length, visible);
    }
}
