package ringscope.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The data of one graph view before filtering: candidate nodes (most important first), the links among them, how many
 * nodes the view has in all, and the nodes shown whatever the filter says. Turn it into a picture with
 * {@link #assemble}. A dense cluster opened without a filter may carry only the links of the edges its view draws
 * (stored with it by the analysis); such data is not {@link #complete} and cannot be filtered: read the view again
 * with all its links first.
 *
 * @param nodeNoun "clusters" or "accounts", for the caption
 * @param pairsInAll -1 when {@code links} are all the links among the nodes; else they are only those the unfiltered
 *     view draws, and this is how many linked pairs of nodes there are in all
 */
public record ViewData(long runId, ViewSpec spec, String title, String nodeNoun, List<VisualNode> nodes,
        List<LinkSummary> links, int totalNodes, Set<String> keep, int pairsInAll) {
    public ViewData {
        Objects.requireNonNull(spec, "spec");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        keep = Set.copyOf(keep);
    }

    /** Data with all the links among its nodes. */
    public ViewData(long runId, ViewSpec spec, String title, String nodeNoun, List<VisualNode> nodes,
            List<LinkSummary> links, int totalNodes, Set<String> keep) {
        this(runId, spec, title, nodeNoun, nodes, links, totalNodes, keep, -1);
    }

    /** Whether {@code links} are all the links among the nodes (any filter can be applied). */
    public boolean complete() {
        return pairsInAll < 0;
    }

    /**
     * What is drawn under {@code filter}, at most {@code nodeCap} nodes. Pure.
     *
     * @throws IllegalArgumentException for a filter that hides anything when the data is not {@link #complete}
     */
    public VisualGraph assemble(GraphFilter filter, int nodeCap) {
        return SceneAssembler.assemble(spec.viewKey(), title, nodes, links, totalNodes, pairsInAll, filter, keep,
                nodeCap);
    }
}
