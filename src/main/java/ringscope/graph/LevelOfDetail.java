package ringscope.graph;

/**
 * What a redraw can afford at the current zoom, decided from counts only so the renderer can ask once per frame.
 * Edges beyond the budget are left out heaviest-last (the strongest evidence stays visible, and edges of selected or
 * highlighted nodes are always drawn); labels appear only when nodes are big enough on screen to tell apart, and then
 * at most {@link #labelBudget()} of them (largest first). Pure.
 *
 * @param edgeBudget most edges drawn in one frame
 * @param labelBudget most labels drawn in one frame (0: none)
 * @param drawPatterns whether to draw dash patterns (dashes cost more than solid lines; dropped when edges are thinned)
 */
public record LevelOfDetail(int edgeBudget, int labelBudget, boolean drawPatterns) {
    /** Edges a frame draws at most: measured to keep the FX thread under about 8 ms on the project machine. */
    public static final int EDGE_BUDGET = 4000;
    /** Labels a frame draws at most. */
    public static final int LABEL_BUDGET = 150;
    /** Below this on-screen spacing (pixels per graph unit) labels would overlap. */
    public static final double LABEL_MIN_SPACING_PX = 28;

    /** Everything, as for an export. */
    public static LevelOfDetail full() {
        return new LevelOfDetail(Integer.MAX_VALUE, Integer.MAX_VALUE, true);
    }

    /**
     * @param visibleNodes nodes inside the viewport
     * @param visibleEdges edges with an end inside the viewport
     * @param pxPerGu on-screen pixels per graph unit (neighbouring nodes are about one unit apart)
     */
    public static LevelOfDetail decide(int visibleNodes, int visibleEdges, double pxPerGu) {
        boolean thinned = visibleEdges > EDGE_BUDGET;
        int labels;
        if (visibleNodes <= 60) {
            labels = visibleNodes;
        } else if (pxPerGu >= LABEL_MIN_SPACING_PX) {
            labels = Math.min(LABEL_BUDGET, visibleNodes);
        } else {
            labels = Math.min(25, visibleNodes);
        }
        return new LevelOfDetail(EDGE_BUDGET, labels, !thinned && visibleEdges <= 1500);
    }

    /** Whether edges had to be left out at this count. */
    public boolean thins(int visibleEdges) {
        return visibleEdges > edgeBudget;
    }
}
