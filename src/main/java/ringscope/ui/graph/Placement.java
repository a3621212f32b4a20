package ringscope.ui.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ringscope.graph.GraphDataService;
import ringscope.graph.SeedLayout;
import ringscope.graph.VisualGraph;
import ringscope.model.NodePosition;

/**
 * Where the nodes of a view go when it is shown. A view that grows or shrinks in place (an expansion, a collapse, a
 * re-read after a tag change) keeps the places its nodes had on screen; otherwise the stored layout is used when it
 * places every node; else new nodes are seeded next to their neighbours and laid out, the kept ones held still.
 *
 * @param fixed nodes the follow-up layout must not move (empty: lay everything out)
 */
record Placement(Kind kind, Map<String, NodePosition> positions, Set<String> fixed) {
    /** How the positions came about. */
    enum Kind {
        /** Every node kept its place on screen: no layout. */
        KEPT,
        /** The layout stored with the case. */
        STORED,
        /** Kept nodes stay, new ones are seeded: lay out the new ones. */
        GROWN,
        /** Seeded only: lay everything out. */
        FRESH
    }

    Placement {
        positions = Map.copyOf(positions);
        fixed = Set.copyOf(fixed);
    }

    /**
     * Places {@code graph}, given the positions the nodes of the view it replaces have on screen ({@code onScreen},
     * empty when it is another view). Reads the stored layout: call off the FX thread.
     */
    static Placement of(GraphDataService service, long runId, VisualGraph graph, Map<String, NodePosition> onScreen) {
        Map<String, NodePosition> kept = new HashMap<>();
        graph.nodes().forEach(n -> {
            NodePosition p = onScreen.get(n.key());
            if (p != null) {
                kept.put(n.key(), p);
            }
        });
        if (!kept.isEmpty() && kept.size() == graph.nodes().size()) {
            return new Placement(Kind.KEPT, kept, Set.of());
        }
        Optional<Map<String, NodePosition>> stored = service.storedLayout(runId, graph);
        if (stored.isPresent()) {
            return new Placement(Kind.STORED, stored.get(), Set.of());
        }
        Map<String, NodePosition> seeded = SeedLayout.place(graph, kept);
        return kept.isEmpty() ? new Placement(Kind.FRESH, seeded, Set.of())
                : new Placement(Kind.GROWN, outside(seeded, kept), kept.keySet());
    }

    /**
     * Moves the new nodes just outside the kept ones, each in the direction of where it was seeded (next to its
     * neighbours) as seen from the kept nodes' centre, so the layout spreads them around the rim instead of into
     * the middle.
     */
    private static Map<String, NodePosition> outside(Map<String, NodePosition> seeded, Map<String, NodePosition> kept) {
        double cx = kept.values().stream().mapToDouble(NodePosition::x).average().orElse(0);
        double cy = kept.values().stream().mapToDouble(NodePosition::y).average().orElse(0);
        double radius = kept.values().stream().mapToDouble(p -> Math.hypot(p.x() - cx, p.y() - cy)).max().orElse(0);
        Map<String, NodePosition> out = new HashMap<>(seeded);
        int i = 0;
        for (NodePosition p : seeded.values()) {
            if (kept.containsKey(p.nodeKey())) {
                continue;
            }
            double dx = p.x() - cx;
            double dy = p.y() - cy;
            double length = Math.hypot(dx, dy);
            double angle = length < 1e-9 ? (p.nodeKey().hashCode() & 0xffff) * 2 * Math.PI / 0x10000
                    : Math.atan2(dy, dx);
            double r = radius * 1.25 + 0.5 + 0.4 * (i++ % 3);
            out.put(p.nodeKey(), new NodePosition(p.nodeKey(), cx + r * Math.cos(angle), cy + r * Math.sin(angle),
                    false));
        }
        return out;
    }

    /** Whether a force layout should follow. */
    boolean needsLayout() {
        return kind == Kind.GROWN || kind == Kind.FRESH;
    }

    /** What the status line says once the view is shown. */
    String describe() {
        return switch (kind) {
            case KEPT -> "Nodes kept where they were";
            case STORED -> "Layout as stored with the case";
            case GROWN -> "Laying out the added nodes\u2026";
            case FRESH -> "Laying out\u2026";
        };
    }
}
