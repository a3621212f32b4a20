package ringscope.ui.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import ringscope.ui.BackgroundRunner;
import ringscope.graph.ForceLayout;
import ringscope.graph.GraphDataService;
import ringscope.graph.VisualGraph;
import ringscope.model.CancelToken;
import ringscope.model.NodePosition;

/**
 * Where the nodes of the shown graph view are, and what moves them: the force layout (off the FX thread, stored with
 * the case), a drag (which pins), a pin or unpin. Positions that change are published on {@link #movedProperty()}
 * for the canvas. UI thread.
 */
final class NodePlaces {
    /** The view the positions belong to. */
    record Shown(GraphDataService service, long runId, String viewKey, VisualGraph graph) {}

    private final BackgroundRunner runner;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Map<String, NodePosition>> moved = new ReadOnlyObjectWrapper<>(this, "moved");
    private Map<String, NodePosition> positions = new HashMap<>();
    private Shown shown;
    /** The layout running for the shown view, null when none is. */
    private CancelToken layout;

    NodePlaces(BackgroundRunner runner, Consumer<String> status) {
        this.runner = runner;
        this.status = status;
    }

    /** The view now shown, with where its nodes are. */
    void show(Shown view, Map<String, NodePosition> at) {
        shown = view;
        positions = new HashMap<>(at);
    }

    /** No view is shown (another case, or none). */
    void clear() {
        stopLayout();
        shown = null;
        positions = new HashMap<>();
    }

    /** Where the nodes are now, as a copy. */
    Map<String, NodePosition> now() {
        return Map.copyOf(positions);
    }

    /**
     * Lays the shown view out again from where its nodes are; pinned nodes and the {@code fixed} ones stay. The result
     * is stored with the case, and applied only while {@code stillShown} says the view has not changed meanwhile.
     */
    void relayout(Set<String> fixed, BooleanSupplier stillShown) {
        if (shown == null) {
            return;
        }
        Shown view = shown;
        Map<String, NodePosition> start = now();
        stopLayout();
        CancelToken[] mine = new CancelToken[1];
        mine[0] = runner.submit("Graph layout",
                (p, c) -> view.service().layOut(view.runId(), view.graph(), start, fixed, p, c),
                p -> status.accept(String.format("Laying out: step %,d of %,d", p.bytesDone(), p.bytesTotal())),
                result -> {
                    finished(mine[0]);
                    if (stillShown.getAsBoolean()) {
                        positions = new HashMap<>(result);
                        moved.set(Map.copyOf(result));
                        status.accept("Layout computed and stored with the case");
                    }
                }, e -> {
                    finished(mine[0]);
                    if (!(e instanceof ForceLayout.LayoutCancelledException)) {
                        status.accept(e.getMessage());
                    }
                });
        layout = mine[0];
    }

    /**
     * Stops the layout of the shown view, if one is running (another view is being opened: the single worker would
     * otherwise finish laying out a view nobody sees before reading the new one). Nothing of it is stored.
     */
    void stopLayout() {
        if (layout != null) {
            layout.cancel();
            layout = null;
        }
    }

    private void finished(CancelToken token) {
        if (layout == token) {
            layout = null;
        }
    }

    /** A node was dragged to (x, y): it stays there (pinned) and the layout is stored. */
    void dragged(String nodeKey, double x, double y) {
        positions.put(nodeKey, new NodePosition(nodeKey, x, y, true));
        save("Moved and pinned");
    }

    /** Pins a node where it is, or unpins it. */
    void togglePin(Optional<String> nodeKey) {
        if (nodeKey.isEmpty() || !positions.containsKey(nodeKey.get())) {
            return;
        }
        NodePosition p = positions.get(nodeKey.get());
        positions.put(p.nodeKey(), new NodePosition(p.nodeKey(), p.x(), p.y(), !p.pinned()));
        moved.set(Map.of(p.nodeKey(), positions.get(p.nodeKey())));
        save(p.pinned() ? "Unpinned" : "Pinned");
    }

    private void save(String what) {
        Shown view = shown;
        if (view == null) {
            return;
        }
        Map<String, NodePosition> snapshot = now();
        runner.submit("Saving layout", (p, c) -> {
            view.service().save(view.runId(), view.viewKey(), snapshot, "spring-box+manual", 0);
            return null;
        }, p -> {}, v -> status.accept(what + "; layout stored with the case"), e -> status.accept(e.getMessage()));
    }

    /** Positions computed by a finished layout (or a pin), for the canvas to move nodes to. */
    ReadOnlyObjectProperty<Map<String, NodePosition>> movedProperty() {
        return moved.getReadOnlyProperty();
    }
}
