package ringscope.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.graph.GraphFilter;
import ringscope.graph.StyleOptions;
import ringscope.graph.ViewData;
import ringscope.graph.VisualGraph;
import ringscope.model.NodePosition;

/**
 * What the graph tab draws of the open view: the picture (the visible graph, where its nodes are, whether to fit),
 * its caption and the table view's rows, assembled from the view's data with the filter of the moment. A view arrives
 * with its graph already assembled off the FX thread for the filter it was opened under ({@link #prepare}); the FX
 * thread assembles only when the filter changes (for a 2,000-account cluster, assembling and the table rows cost
 * 80-150 ms of a cold first open there). UI thread, except {@link #prepare}.
 */
final class ViewPicture {
    /** A view's graph as assembled for one filter, with its table rows. Immutable. */
    record Assembled(GraphFilter filter, VisualGraph graph, List<GraphRows.NodeRow> nodes,
            List<GraphRows.EdgeRow> edges) {}

    private final ReadOnlyObjectWrapper<GraphViewModel.Picture> picture = new ReadOnlyObjectWrapper<>(this,
            "picture");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ObservableList<GraphRows.NodeRow> nodeRows = FXCollections.observableArrayList();
    private final ObservableList<GraphRows.EdgeRow> edgeRows = FXCollections.observableArrayList();
    private ViewData data;
    private int cap;
    private Assembled assembled;

    /**
     * Assembles {@code data} for {@code filter} with at most {@code cap} nodes; {@code unfiltered} is the same data
     * already assembled without a filter (used as it is when the filter is none). Pure: any thread.
     */
    static Assembled prepare(ViewData data, VisualGraph unfiltered, GraphFilter filter, int cap) {
        VisualGraph g = filter.equals(GraphFilter.none()) && unfiltered != null ? unfiltered
                : data.assemble(filter, cap);
        return new Assembled(filter, g, GraphRows.nodes(g), GraphRows.edges(g));
    }

    /** A new view: its data, node cap, and its graph as assembled off the FX thread. Draws nothing yet. */
    void setView(ViewData viewData, int nodeCap, Assembled ready) {
        this.data = viewData;
        this.cap = nodeCap;
        this.assembled = ready;
    }

    /** No view (another case, or none). */
    void clear() {
        data = null;
        assembled = null;
        picture.set(null);
        nodeRows.clear();
        edgeRows.clear();
        caption.set("");
    }

    /**
     * Draws the view for {@code filter} with the nodes at {@code positions} (nodes without one are left where the
     * canvas has them); a no-op without a view.
     */
    void paint(GraphFilter filter, StyleOptions options, Map<String, NodePosition> positions, boolean fit) {
        if (data == null) {
            return;
        }
        if (assembled == null || !assembled.filter().equals(filter)) {
            assembled = prepare(data, null, filter, cap);
        }
        VisualGraph visible = assembled.graph();
        Map<String, NodePosition> at = new HashMap<>();
        visible.nodes().forEach(n -> {
            NodePosition p = positions.get(n.key());
            if (p != null) {
                at.put(n.key(), p);
            }
        });
        picture.set(new GraphViewModel.Picture(visible, options, at, fit));
        caption.set(visible.caption(data.nodeNoun()));
        nodeRows.setAll(assembled.nodes());
        edgeRows.setAll(assembled.edges());
    }

    ReadOnlyObjectProperty<GraphViewModel.Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    ObservableList<GraphRows.NodeRow> nodeRows() {
        return nodeRows;
    }

    ObservableList<GraphRows.EdgeRow> edgeRows() {
        return edgeRows;
    }
}
