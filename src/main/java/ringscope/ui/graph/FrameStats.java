package ringscope.ui.graph;

/**
 * What the last redraw did and cost on the FX thread.
 *
 * @param nanos time spent in the renderer for the frame (issuing drawing commands; painting happens later)
 * @param nodesDrawn nodes inside the viewport
 * @param edgesVisible edges with a part inside the viewport
 * @param edgesDrawn edges actually drawn (fewer than visible when the level of detail thinned them)
 * @param labels labels drawn
 */
public record FrameStats(long nanos, int nodesDrawn, int edgesVisible, int edgesDrawn, int labels) {
    public static final FrameStats NONE = new FrameStats(0, 0, 0, 0, 0);

    public double millis() {
        return nanos / 1e6;
    }

    /** "drawing 4,000 of 12,400 links at this zoom" when thinned, else "". */
    public String thinningNote() {
        return edgesDrawn < edgesVisible
                ? String.format("drawing the %,d heaviest of %,d links at this zoom", edgesDrawn, edgesVisible)
                : "";
    }
}
