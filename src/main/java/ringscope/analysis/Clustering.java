package ringscope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ringscope.model.AnalysisParameters;
import ringscope.model.LinkRecord;

/**
 * Turns links into clusters: per pair, the weights of all its links (rules not excluded) are summed; pairs below
 * {@code minClusterWeight} do not take part (so a weak link alone never binds, but weak links with support do);
 * communities come from {@link LabelPropagation}; communities of at least 3 accounts become clusters. A member's
 * confidence is the share of its pair weight that stays inside its cluster; an account that sends at least a third of
 * its weight into another cluster is a member there too (overlapping membership, lower confidence).
 */
final class Clustering {
    static final int MIN_SIZE = 3;
    static final double OVERLAP_SHARE = 0.34;

    private Clustering() {}

    /** A found cluster: members → {confidence, links}. */
    record Found(Map<Integer, double[]> members) {}

    static List<Found> cluster(List<LinkRecord> links, AnalysisParameters params) {
        Map<Long, Double> pairWeight = new HashMap<>();
        Map<Long, Integer> pairLinks = new HashMap<>();
        for (LinkRecord l : links) {
            if (!params.excludedRules().contains(l.rule())) {
                long key = ((long) l.accountA() << 32) | l.accountB();
                pairWeight.merge(key, l.weight(), Double::sum);
                pairLinks.merge(key, 1, Integer::sum);
            }
        }
        pairWeight.values().removeIf(w -> w < params.minClusterWeight());
        Map<Integer, Integer> label = LabelPropagation.communities(pairWeight);
        Map<Integer, List<Integer>> byLabel = new TreeMap<>();
        label.forEach((a, l) -> byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(a));
        Map<Integer, double[]> inOut = new HashMap<>(); // {inside weight, total weight, links inside}
        pairWeight.forEach((k, w) -> {
            int a = (int) (k >>> 32);
            int b = (int) (long) k;
            boolean inside = label.get(a).equals(label.get(b));
            for (int x : new int[] {a, b}) {
                double[] v = inOut.computeIfAbsent(x, z -> new double[3]);
                v[1] += w;
                if (inside) {
                    v[0] += w;
                    v[2] += pairLinks.get(k);
                }
            }
        });
        Map<Integer, Map<Integer, Double>> towards = weightTowardsLabels(pairWeight, label);
        List<Found> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : byLabel.entrySet()) {
            if (group.getValue().size() >= MIN_SIZE) {
                Map<Integer, double[]> members = new TreeMap<>();
                for (int a : group.getValue()) {
                    double[] v = inOut.get(a);
                    members.put(a, new double[] {v[1] == 0 ? 0 : v[0] / v[1], v[2]});
                }
                addOverlapping(members, group.getKey(), label, towards, inOut);
                out.add(new Found(members));
            }
        }
        return out;
    }

    /** Per account: link weight towards each community label. */
    private static Map<Integer, Map<Integer, Double>> weightTowardsLabels(Map<Long, Double> pairWeight,
            Map<Integer, Integer> label) {
        Map<Integer, Map<Integer, Double>> towards = new HashMap<>();
        pairWeight.forEach((k, w) -> {
            int a = (int) (k >>> 32);
            int b = (int) (long) k;
            towards.computeIfAbsent(a, z -> new HashMap<>()).merge(label.get(b), w, Double::sum);
            towards.computeIfAbsent(b, z -> new HashMap<>()).merge(label.get(a), w, Double::sum);
        });
        return towards;
    }

    /**
     * Overlapping membership: an account of another community that sends at least {@value #OVERLAP_SHARE} of its
     * link weight into this one is also a member here, with that share as its (lower) confidence.
     */
    private static void addOverlapping(Map<Integer, double[]> members, int groupLabel, Map<Integer, Integer> label,
            Map<Integer, Map<Integer, Double>> towards, Map<Integer, double[]> inOut) {
        towards.forEach((a, byLabel) -> {
            Double w = byLabel.get(groupLabel);
            if (w == null || label.get(a) == groupLabel) {
                return;
            }
            double share = w / inOut.get(a)[1];
            if (share >= OVERLAP_SHARE) {
                members.put(a, new double[] {share, 0});
            }
        });
    }
}
