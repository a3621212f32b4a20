package ringscope.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.NodePosition;

/**
 * An instant, deterministic first placement so a view can be drawn before the force layout has run: nodes that
 * already have a place keep it; a new node goes next to the centre of its placed neighbours, or, with none, onto a
 * sunflower spiral (most connected first, in the middle). Linear in nodes and edges; pure.
 */
public final class SeedLayout {
    /** Distance between neighbouring spiral points, in graph units. */
    static final double SPACING = 1.0;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private SeedLayout() {}

    /** Positions for every node of {@code graph}: the known ones unchanged, the others placed. */
    public static Map<String, NodePosition> place(VisualGraph graph, Map<String, NodePosition> known) {
        Map<String, NodePosition> out = new HashMap<>();
        Map<String, List<String>> neighbours = new HashMap<>();
        for (VisualEdge e : graph.edges()) {
            neighbours.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            neighbours.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        List<String> fresh = new ArrayList<>();
        for (VisualNode n : graph.nodes()) {
            NodePosition p = known.get(n.key());
            if (p != null) {
                out.put(n.key(), p);
            } else {
                fresh.add(n.key());
            }
        }
        List<String> lonely = new ArrayList<>();
        for (String key : fresh) {
            double[] c = centreOfPlaced(neighbours.getOrDefault(key, List.of()), out);
            if (c == null) {
                lonely.add(key);
            } else {
                double angle = (Math.abs(key.hashCode()) % 360) * Math.PI / 180;
                double r = SPACING * 0.6;
                out.put(key, new NodePosition(key, c[0] + r * Math.cos(angle), c[1] + r * Math.sin(angle), false));
            }
        }
        lonely.sort((a, b) -> Integer.compare(neighbours.getOrDefault(b, List.of()).size(),
                neighbours.getOrDefault(a, List.of()).size()));
        double[] offset = out.isEmpty() ? new double[] {0, 0} : besideExisting(out);
        for (int i = 0; i < lonely.size(); i++) {
            double r = SPACING * Math.sqrt(i + 0.5);
            double a = i * GOLDEN_ANGLE;
            String key = lonely.get(i);
            out.put(key, new NodePosition(key, offset[0] + r * Math.cos(a), offset[1] + r * Math.sin(a), false));
        }
        return out;
    }

    private static double[] centreOfPlaced(List<String> neighbours, Map<String, NodePosition> placed) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (String k : neighbours) {
            NodePosition p = placed.get(k);
            if (p != null) {
                x += p.x();
                y += p.y();
                n++;
            }
        }
        return n == 0 ? null : new double[] {x / n, y / n};
    }

    /** A centre to the right of what is placed, so new unconnected nodes do not land on top of it. */
    private static double[] besideExisting(Map<String, NodePosition> placed) {
        double maxX = Double.NEGATIVE_INFINITY;
        double sumY = 0;
        for (NodePosition p : placed.values()) {
            maxX = Math.max(maxX, p.x());
            sumY += p.y();
        }
        return new double[] {maxX + 3 * SPACING, sumY / placed.size()};
    }
}
