package ringscope.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.LinkRule;

/**
 * Turns the data of a view (nodes and per-rule links) into what is drawn: applies the filter, caps the nodes, and
 * folds the links between each pair of nodes into one {@link VisualEdge}. Pure and thread-safe.
 */
public final class SceneAssembler {
    private SceneAssembler() {}

    /**
     * @param nodes candidate nodes, most important first (the cap keeps the head of the list)
     * @param links links among them (links to nodes not shown are dropped)
     * @param totalNodes how many nodes the view has in all (the data may already have been capped)
     * @param keep node keys shown whatever the filter says (the account a neighbourhood starts from)
     * @param nodeCap at most this many nodes
     */
    public static VisualGraph assemble(String viewKey, String title, List<VisualNode> nodes, List<LinkSummary> links,
            int totalNodes, GraphFilter filter, Set<String> keep, int nodeCap) {
        Map<String, VisualNode> shown = new LinkedHashMap<>();
        for (VisualNode n : nodes) {
            if (shown.size() >= nodeCap) {
                break;
            }
            if (keep.contains(n.key()) || filter.accepts(n)) {
                shown.put(n.key(), n);
            }
        }
        Set<String> allPairs = new HashSet<>();
        List<LinkSummary> accepted = new ArrayList<>();
        for (LinkSummary l : links) {
            allPairs.add(VisualEdge.keyOf(l.source(), l.target()));
            if (shown.containsKey(l.source()) && shown.containsKey(l.target()) && filter.accepts(l)) {
                accepted.add(l);
            }
        }
        List<VisualEdge> edges = fold(accepted);
        return new VisualGraph(viewKey, title, List.copyOf(shown.values()), edges, totalNodes, allPairs.size());
    }

    /** One edge per pair of nodes: rules joined, weights summed, style from the strongest tier and heaviest rule. */
    public static List<VisualEdge> fold(List<LinkSummary> links) {
        Map<String, List<LinkSummary>> byPair = new LinkedHashMap<>();
        for (LinkSummary l : links) {
            byPair.computeIfAbsent(VisualEdge.keyOf(l.source(), l.target()), k -> new ArrayList<>()).add(l);
        }
        List<VisualEdge> out = new ArrayList<>(byPair.size());
        for (Map.Entry<String, List<LinkSummary>> e : byPair.entrySet()) {
            out.add(foldPair(e.getKey(), e.getValue()));
        }
        out.sort(Comparator.comparingDouble(VisualEdge::weight).reversed().thenComparing(VisualEdge::key));
        return out;
    }

    private static VisualEdge foldPair(String key, List<LinkSummary> pair) {
        Set<LinkRule> rules = EnumSet.noneOf(LinkRule.class);
        Map<LinkRule, Double> byRule = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        double weight = 0;
        int count = 0;
        long first = Long.MAX_VALUE;
        long last = -1;
        LinkRule.Tier tier = LinkRule.Tier.WEAK;
        for (LinkSummary l : pair) {
            rules.add(l.rule());
            byRule.merge(l.rule(), l.weight(), Double::sum);
            if (l.linkId() > 0) {
                ids.add(l.linkId());
            }
            weight += l.weight();
            count += l.links();
            if (l.firstMs() >= 0) {
                first = Math.min(first, l.firstMs());
            }
            last = Math.max(last, l.lastMs());
            if (l.rule().tier().compareTo(tier) < 0) {
                tier = l.rule().tier();
            }
        }
        LinkRule.Tier strongest = tier;
        LinkRule heaviest = byRule.entrySet().stream()
                .filter(r -> r.getKey().tier() == strongest)
                .max(Map.Entry.<LinkRule, Double>comparingByValue().thenComparing(r -> -r.getKey().ordinal()))
                .orElseThrow().getKey();
        LinkSummary any = pair.get(0);
        String a = any.source().compareTo(any.target()) <= 0 ? any.source() : any.target();
        String b = a.equals(any.source()) ? any.target() : any.source();
        return new VisualEdge(key, a, b, rules, heaviest, tier, weight, count, ids,
                first == Long.MAX_VALUE ? -1 : first, last);
    }
}
