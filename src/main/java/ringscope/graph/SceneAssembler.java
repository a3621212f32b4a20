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

/**
 * Turns the data of a view (nodes and per-rule links) into what is drawn: applies the filter, caps the nodes, folds
 * the links between each pair of nodes into one {@link VisualEdge}, and caps the edges. Pure and thread-safe.
 */
public final class SceneAssembler {
    /**
     * At most this many edges in one view (the caption then says "N of M links"). A dense cluster has over 100,000
     * linked pairs among the 2,000 accounts shown: more than anyone can read, and every edge costs time on the FX
     * thread to enter GraphStream's graph and a force layout step.
     */
    public static final int EDGE_CAP = 8_000;
    /** Under the edge cap each node keeps at least its this-many heaviest edges, then the heaviest of the rest fill it. */
    public static final int KEPT_PER_NODE = 2;
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
        List<VisualEdge> edges = foldPairs(cap(byPair.values(), EDGE_CAP));
        return new VisualGraph(viewKey, title, List.copyOf(shown.values()), edges, totalNodes,
                byPair.size() + leftOut.size());
    }

    private static int heavierFirst(Bundle x, Bundle y) {
        int c = Double.compare(y.weight, x.weight);
        if (c == 0) {
            c = x.pair.low().compareTo(y.pair.low());
        }
        return c != 0 ? c : x.pair.high().compareTo(y.pair.high());
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

    /**
     * The pairs to draw when there are more than {@code cap}: first, heaviest first, every pair that is one of the
     * {@link #KEPT_PER_NODE} heaviest of either of its nodes (so no node is left without its strongest ties), then the
     * heaviest of the rest until {@code cap}. Ties in weight go by the two node keys.
     */
    private static Collection<Bundle> cap(Collection<Bundle> pairs, int cap) {
        if (pairs.size() <= cap) {
            return pairs;
        }
        List<Bundle> heaviestFirst = new ArrayList<>(pairs);
        heaviestFirst.sort(SceneAssembler::heavierFirst);
        boolean[] take = new boolean[heaviestFirst.size()];
        Map<String, Integer> kept = new HashMap<>();
        int taken = 0;
        for (int i = 0; i < take.length && taken < cap; i++) {
            Pair p = heaviestFirst.get(i).pair;
            if (kept.getOrDefault(p.low(), 0) < KEPT_PER_NODE || kept.getOrDefault(p.high(), 0) < KEPT_PER_NODE) {
                take[i] = true;
                taken++;
                kept.merge(p.low(), 1, Integer::sum);
                kept.merge(p.high(), 1, Integer::sum);
            }
        }
        int room = cap - taken; // for the heaviest of the rest
        List<Bundle> out = new ArrayList<>(cap);
        for (int i = 0; i < take.length; i++) {
            if (take[i] || room-- > 0) {
                out.add(heaviestFirst.get(i));
            }
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
