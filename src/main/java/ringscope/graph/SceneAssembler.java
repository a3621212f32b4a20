package ringscope.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.LinkRule;
import ringscope.model.ViewCaps;

/**
 * Turns the data of a view (nodes and per-rule links) into what is drawn: applies the filter, caps the nodes, folds
 * the links between each pair of nodes into one {@link VisualEdge}, and caps the edges. Pure and thread-safe.
 */
public final class SceneAssembler {
    private static final LinkRule[] RULES = LinkRule.values();

    private SceneAssembler() {}

    /** {@link #assemble(String, String, List, List, int, int, GraphFilter, Set, int)} with all the view's links. */
    public static VisualGraph assemble(String viewKey, String title, List<VisualNode> nodes, List<LinkSummary> links,
            int totalNodes, GraphFilter filter, Set<String> keep, int nodeCap) {
        return assemble(viewKey, title, nodes, links, totalNodes, -1, filter, keep, nodeCap);
    }

    /**
     * @param nodes candidate nodes, most important first (the cap keeps the head of the list)
     * @param links links among them (links to nodes not shown are dropped)
     * @param totalNodes how many nodes the view has in all (the data may already have been capped)
     * @param pairsInAll when {@code links} are only those of the edges the unfiltered view draws (stored with a
     *     dense cluster), how many linked pairs of nodes there are in all; -1 when {@code links} are all of them
     * @param keep node keys shown whatever the filter says (the account a neighbourhood starts from)
     * @param nodeCap at most this many nodes
     */
    public static VisualGraph assemble(String viewKey, String title, List<VisualNode> nodes, List<LinkSummary> links,
            int totalNodes, int pairsInAll, GraphFilter filter, Set<String> keep, int nodeCap) {
        if (pairsInAll >= 0 && !filter.isNone()) {
            throw new IllegalArgumentException("a filter needs all the links of the view, not only the drawn ones");
        }
        Map<String, VisualNode> shown = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (VisualNode n : nodes) {
            if (shown.size() >= nodeCap) {
                break;
            }
            if (keep.contains(n.key()) || filter.accepts(n)) {
                position.put(n.key(), shown.size());
                shown.put(n.key(), n);
            }
        }
        // grouped by the two node keys (the shared key strings cache their hashes); edges are made only for the pairs
        // kept under the edge cap
        Map<Pair, Bundle> byPair = new LinkedHashMap<>();
        Set<Pair> leftOut = new HashSet<>(); // pairs with a link not shown, to count every pair in the total
        for (LinkSummary l : links) {
            Pair pair = Pair.of(l.source(), l.target());
            if (shown.containsKey(l.source()) && shown.containsKey(l.target()) && filter.accepts(l)) {
                byPair.computeIfAbsent(pair, Bundle::new).add(l);
            } else {
                leftOut.add(pair);
            }
        }
        leftOut.removeAll(byPair.keySet());
        List<VisualEdge> edges = foldPairs(cap(byPair.values(), position));
        return new VisualGraph(viewKey, title, List.copyOf(shown.values()), edges, totalNodes,
                pairsInAll >= 0 ? pairsInAll : byPair.size() + leftOut.size());
    }

    /** The links between one pair of nodes, and their summed weight. */
    private static final class Bundle {
        private final Pair pair;
        private final List<LinkSummary> links = new ArrayList<>(2);
        private double weight;

        private Bundle(Pair pair) {
            this.pair = pair;
        }

        private void add(LinkSummary l) {
            links.add(l);
            weight += l.weight();
        }
    }

    /** The pairs to draw: at most {@link ViewCaps#EDGES}, chosen by {@link ViewCaps#keep}. */
    private static Collection<Bundle> cap(Collection<Bundle> pairs, Map<String, Integer> position) {
        if (pairs.size() <= ViewCaps.EDGES) {
            return pairs;
        }
        List<Bundle> all = new ArrayList<>(pairs);
        double[] weight = new double[all.size()];
        int[] posA = new int[all.size()];
        int[] posB = new int[all.size()];
        for (int i = 0; i < weight.length; i++) {
            Bundle b = all.get(i);
            weight[i] = b.weight;
            posA[i] = position.get(b.pair.low());
            posB[i] = position.get(b.pair.high());
        }
        List<Bundle> out = new ArrayList<>(ViewCaps.EDGES);
        for (int i : ViewCaps.keep(weight, posA, posB, ViewCaps.EDGES)) {
            out.add(all.get(i));
        }
        return out;
    }

    /** One edge per pair of nodes: rules joined, weights summed, style from the strongest tier and heaviest rule. */
    public static List<VisualEdge> fold(List<LinkSummary> links) {
        Map<Pair, Bundle> byPair = new LinkedHashMap<>();
        for (LinkSummary l : links) {
            byPair.computeIfAbsent(Pair.of(l.source(), l.target()), Bundle::new).add(l);
        }
        return foldPairs(byPair.values());
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

    private static List<VisualEdge> foldPairs(Collection<Bundle> pairs) {
        List<VisualEdge> out = new ArrayList<>(pairs.size());
        for (Bundle b : pairs) {
            out.add(foldPair(VisualEdge.keyOf(b.pair.low(), b.pair.high()), b.links));
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
