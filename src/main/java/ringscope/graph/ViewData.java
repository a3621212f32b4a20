package ringscope.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The data of one graph view before filtering: candidate nodes (most important first), the links among them, how many
 * nodes the view has in all, and the nodes shown whatever the filter says. Turn it into a picture with
 * {@link #assemble}.
 *
 * @param nodeNoun "clusters" or "accounts", for the caption
 */
public record ViewData(long runId, ViewSpec spec, String title, String nodeNoun, List<VisualNode> nodes,
        List<LinkSummary> links, int totalNodes, Set<String> keep) {
    public ViewData {
        Objects.requireNonNull(spec, "spec");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        keep = Set.copyOf(keep);
    }

    /** What is drawn under {@code filter}, at most {@code nodeCap} nodes. Pure. */
    public VisualGraph assemble(GraphFilter filter, int nodeCap) {
        return SceneAssembler.assemble(spec.viewKey(), title, nodes, links, totalNodes, filter, keep, nodeCap);
    }
}
