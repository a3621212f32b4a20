package ringscope.analysis.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ringscope.model.ClusterParameters;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * Links → clusters: bind pairs ({@link PairGraph}), find communities ({@link LabelPropagation}), keep communities of
 * at least {@code minClusterSize} accounts, give each member its confidence and the links that put it there, and add
 * overlapping memberships: an account whose bound weight into another cluster is at least {@code overlapShare} of its
 * total also joins that cluster (not home). Stateless.
 */
public final class ClusterBuilder {
    private ClusterBuilder() {}

    /** Clusters of {@code links}, largest first (ties: smallest first account). */
    public static List<FoundCluster> cluster(Collection<LinkRecord> links, ClusterParameters params) {
        PairGraph g = PairGraph.of(links, params);
        int[] label = LabelPropagation.communities(g);
        Map<Integer, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < g.size(); i++) {
            byLabel.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> clusterOfLabel = new HashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byLabel.entrySet()) {
            if (e.getValue().size() >= params.minClusterSize()) {
                clusterOfLabel.put(e.getKey(), groups.size());
                groups.add(e.getValue());
            }
        }
        List<Map<Integer, double[]>> members = new ArrayList<>(); // per cluster: node → {weight in, links, home}
        groups.forEach(x -> members.add(new TreeMap<>()));
        for (int i = 0; i < g.size(); i++) {
            place(g, i, label, clusterOfLabel, params.overlapShare(), members);
        }
        Map<Long, Map<LinkRule, Double>> rules = rulesInside(links, params, g, members);
        List<FoundCluster> out = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            List<FoundCluster.Member> list = new ArrayList<>();
            for (Map.Entry<Integer, double[]> m : members.get(c).entrySet()) {
                int account = g.account(m.getKey());
                double[] v = m.getValue();
                list.add(new FoundCluster.Member(account, v[2] == 1, v[3], (int) v[1], v[0],
                        describe(rules.getOrDefault(((long) c << 32) | account, Map.of()))));
            }
            list.sort(Comparator.comparing((FoundCluster.Member m) -> !m.home()).thenComparingInt(
                    FoundCluster.Member::account));
            out.add(new FoundCluster(list));
        }
        out.sort(Comparator.comparingInt((FoundCluster f) -> -f.members().size()).thenComparingInt(
                f -> f.members().get(0).account()));
        return out;
    }

    /** Adds node i to its home cluster and to any cluster holding at least {@code overlap} of its weight. */
    private static void place(PairGraph g, int i, int[] label, Map<Integer, Integer> clusterOfLabel, double overlap,
            List<Map<Integer, double[]>> members) {
        Map<Integer, double[]> byCluster = new HashMap<>(); // cluster → {weight, links}
        double total = 0;
        for (int k = 0; k < g.degree(i); k++) {
            total += g.weight(i, k);
            Integer c = clusterOfLabel.get(label[g.neighbour(i, k)]);
            if (c != null) {
                double[] v = byCluster.computeIfAbsent(c, x -> new double[2]);
                v[0] += g.weight(i, k);
                v[1] += g.links(i, k);
            }
        }
        Integer home = clusterOfLabel.get(label[i]);
        for (Map.Entry<Integer, double[]> e : byCluster.entrySet()) {
            boolean isHome = home != null && home.equals(e.getKey());
            double share = total == 0 ? 0 : e.getValue()[0] / total;
            if (isHome || share >= overlap) {
                members.get(e.getKey()).put(i, new double[] {e.getValue()[0], e.getValue()[1], isHome ? 1 : 0,
                        share});
            }
        }
        if (home != null && !byCluster.containsKey(home)) {
            members.get(home).put(i, new double[] {0, 0, 1, 0});
        }
    }

    /** (cluster << 32 | account) → weight per rule of its links to other members of that cluster. */
    private static Map<Long, Map<LinkRule, Double>> rulesInside(Collection<LinkRecord> links, ClusterParameters p,
            PairGraph g, List<Map<Integer, double[]>> members) {
        Map<Integer, List<Integer>> clustersOf = new HashMap<>();
        for (int c = 0; c < members.size(); c++) {
            for (int node : members.get(c).keySet()) {
                clustersOf.computeIfAbsent(g.account(node), x -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, Map<LinkRule, Double>> out = new HashMap<>();
        for (LinkRecord l : links) {
            if (p.excludedRules().contains(l.rule())) {
                continue;
            }
            List<Integer> ca = clustersOf.getOrDefault(l.accountA(), List.of());
            List<Integer> cb = clustersOf.getOrDefault(l.accountB(), List.of());
            for (int c : ca) {
                if (cb.contains(c)) {
                    for (int account : new int[] {l.accountA(), l.accountB()}) {
                        out.computeIfAbsent(((long) c << 32) | account, k -> new EnumMap<>(LinkRule.class))
                                .merge(l.rule(), l.weight(), Double::sum);
                    }
                }
            }
        }
        return out;
    }

    private static String describe(Map<LinkRule, Double> byRule) {
        return byRule.entrySet().stream().sorted(Map.Entry.<LinkRule, Double>comparingByValue().reversed())
                .map(e -> e.getKey().name()).collect(Collectors.joining(", "));
    }
}
