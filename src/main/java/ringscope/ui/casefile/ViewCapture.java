package ringscope.ui.casefile;

import java.util.List;
import javafx.scene.Node;
import ringscope.ui.graph.GraphCanvas;

/**
 * Takes the pictures of the window's views that a case-file export puts in the bundle (graph and timeline as the
 * analyst left them). Called on the UI thread when an export starts; must only snapshot, never encode or write.
 */
@FunctionalInterface
public interface ViewCapture {
    List<CapturedView> capture();

    /** No views to take (a window without graph or timeline); the bundle says none were captured. */
    static ViewCapture none() {
        return List::of;
    }

    /**
     * The main window's two views: the graph as drawn now (every edge and label, at screen size) and the timeline
     * tab as it stands, whether or not its tab is in front.
     */
    static ViewCapture graphAndTimeline(GraphCanvas graph, Node timeline) {
        return () -> List.of(CapturedView.of("graph", "Graph view", graph.snapshot(1)),
                CapturedView.snapshot("timeline", "Timeline view", timeline));
    }
}
