package ringscope.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
    private static final LinkRule[] RULES = LinkRule.values();

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
        // grouped by the two node keys (the shared key strings cache their hashes); an edge key is made per edge
        Set<Pair> allPairs = new HashSet<>();
        Map<Pair, List<LinkSummary>> byPair = new LinkedHashMap<>();
        for (LinkSummary l : links) {
            Pair pair = Pair.of(l.source(), l.target());
            allPairs.add(pair);
            if (shown.containsKey(l.source()) && shown.containsKey(l.target()) && filter.accepts(l)) {
                byPair.computeIfAbsent(pair, k -> new ArrayList<>(2)).add(l);
            }
        }
        List<VisualEdge> edges = foldPairs(byPair);
        return new VisualGraph(viewKey, title, List.copyOf(shown.values()), edges, totalNodes, allPairs.size());
    }

    /** One edge per pair of nodes: rules joined, weights summed, style from the strongest tier and heaviest rule. */
    public static List<VisualEdge> fold(List<LinkSummary> links) {
        Map<Pair, List<LinkSummary>> byPair = new LinkedHashMap<>();
        for (LinkSummary l : links) {
            byPair.computeIfAbsent(Pair.of(l.source(), l.target()), k -> new ArrayList<>(2)).add(l);
        }
        return foldPairs(byPair);
    }

    /**
     * The two node keys of an edge in order (as {@link VisualEdge#keyOf} orders them). Its hash mixes the two keys'
     * hashes: the record's own {@code 31 * low + high} collides for many pairs of keys that differ only in their last
     * digits ("a:1042", "a:1073"), which made the maps of a 2,000-account view tree-bins searched by comparison.
     */
    private record Pair(String low, String high) {
        static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }

        @Override
        public int hashCode() {
            long h = low.hashCode() * 0x9E37_79B9_7F4A_7C15L ^ high.hashCode();
            h = (h ^ (h >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
            return (int) (h ^ (h >>> 33));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && low.equals(p.low) && high.equals(p.high);
        }
    }

    private static List<VisualEdge> foldPairs(Map<Pair, List<LinkSummary>> byPair) {
        List<VisualEdge> out = new ArrayList<>(byPair.size());
        for (Map.Entry<Pair, List<LinkSummary>> e : byPair.entrySet()) {
            out.add(foldPair(VisualEdge.keyOf(e.getKey().low(), e.getKey().high()), e.getValue()));
        }
        out.sort(Comparator.comparingDouble(VisualEdge::weight).reversed().thenComparing(VisualEdge::key));
        return out;
    }

    private static VisualEdge foldPair(String key, List<LinkSummary> pair) {
        Set<LinkRule> rules = EnumSet.noneOf(LinkRule.class);
        double[] byRule = new double[RULES.length];
        List<Long> ids = new ArrayList<>(pair.size());
        double weight = 0;
        int count = 0;
        long first = Long.MAX_VALUE;
        long last = -1;
        LinkRule.Tier tier = LinkRule.Tier.WEAK;
        for (LinkSummary l : pair) {
            rules.add(l.rule());
            byRule[l.rule().ordinal()] += l.weight();
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
        // the heaviest rule of the strongest tier; on equal weight the first declared
        LinkRule heaviest = null;
        for (LinkRule r : rules) {
            if (r.tier() == tier && (heaviest == null || Double.compare(byRule[r.ordinal()],
                    byRule[heaviest.ordinal()]) > 0)) {
                heaviest = r;
            }
        }
        LinkSummary any = pair.get(0);
        String a = any.source().compareTo(any.target()) <= 0 ? any.source() : any.target();
        String b = a.equals(any.source()) ? any.target() : any.source();
        return new VisualEdge(key, a, b, rules, heaviest, tier, weight, count, ids,
                first == Long.MAX_VALUE ? -1 : first, last);
    }
}
