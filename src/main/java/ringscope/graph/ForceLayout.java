package ringscope.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import ringscope.model.CancelToken;
import ringscope.model.NodePosition;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * The force-directed layout of a view, run step by step on the caller's thread (a worker, never the FX thread) on a
 * private copy of the graph: GraphStream's SpringBox, seeded for repeatable pictures, started from the given
 * positions, with pinned nodes frozen. Reports progress after each step and stops at the next step once the token is
 * cancelled (throwing {@link LayoutCancelledException}; nothing is returned, so nothing gets stored).
 */
public final class ForceLayout {
    /** How long to run and when to stop early. */
    public record Budget(int maxSteps, double stabilization, long seed) {
        /** More steps for small graphs (cheap), fewer for large ones (each step costs more). */
        public static Budget forNodes(int nodes) {
            int steps = nodes <= 300 ? 400 : nodes <= 1000 ? 250 : 150;
            return new Budget(steps, 0.95, 20260905L);
        }
    }

    /** The layout's outcome. */
    public record Result(Map<String, NodePosition> positions, int steps, double stabilization) {
        public Result {
            positions = Map.copyOf(positions);
        }
    }

    /** Thrown when the layout was cancelled. */
    public static final class LayoutCancelledException extends RuntimeException {
        LayoutCancelledException() {
            super("Layout cancelled; the previous picture is kept");
        }
    }

    public static final String ALGORITHM = "spring-box";

    private ForceLayout() {}

    /**
     * Lays out {@code graph} starting from {@code start} (every node should have a position; see {@link SeedLayout}).
     * Pinned positions do not move.
     */
    public static Result run(VisualGraph graph, Map<String, NodePosition> start, Budget budget,
            ProgressSink progress, CancelToken cancel) {
        long began = System.currentTimeMillis();
        SpringBox box = new SpringBox(false, new Random(budget.seed()));
        box.setStabilizationLimit(budget.stabilization());
        box.setQuality(graph.nodes().size() > 1000 ? 0.1 : 0.5);
        Graph copy = new SingleGraph("layout", false, true);
        copy.addSink(box);
        box.addAttributeSink(copy);
        for (VisualNode n : graph.nodes()) {
            copy.addNode(n.key());
            NodePosition p = start.get(n.key());
            if (p != null) {
                box.moveNode(n.key(), p.x(), p.y(), 0);
                if (p.pinned()) {
                    box.freezeNode(n.key(), true);
                }
            }
        }
        for (VisualEdge e : graph.edges()) {
            copy.addEdge(e.key(), e.source(), e.target());
        }
        int steps = 0;
        while (steps < budget.maxSteps() && box.getStabilization() < budget.stabilization()) {
            if (cancel.isCancelled()) {
                throw new LayoutCancelledException();
            }
            box.compute();
            steps++;
            progress.report(new Progress("layout", steps, steps, budget.maxSteps(),
                    System.currentTimeMillis() - began));
        }
        return new Result(collect(copy, start), steps, box.getStabilization());
    }

    private static Map<String, NodePosition> collect(Graph copy, Map<String, NodePosition> start) {
        Map<String, NodePosition> out = new HashMap<>();
        for (Node node : copy) {
            NodePosition fixed = start.get(node.getId());
            if (fixed != null && fixed.pinned()) {
                out.put(node.getId(), fixed);
                continue;
            }
            double[] xyz = node.hasAttribute("xyz") ? GraphPosLengthUtils.nodePosition(node) : null;
            if (xyz != null && Double.isFinite(xyz[0]) && Double.isFinite(xyz[1])) {
                out.put(node.getId(), new NodePosition(node.getId(), xyz[0], xyz[1], false));
            } else if (fixed != null) {
                out.put(node.getId(), fixed);
            }
        }
        return out;
    }
}
