package ringscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ringscope.graph.GraphFilter;
import ringscope.graph.LinkSummary;
import ringscope.graph.NodeKind;
import ringscope.graph.SceneAssembler;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.LinkRule;

/**
 * Synthetic graph views with the shape of the campaign-scale case: an overview of capped cluster meta-nodes with
 * heavy-tailed sizes, and a drill-down of accounts in sub-communities (hydra batches sharing infrastructure) with a
 * given number of links. Seeded: the same arguments give the same graph.
 */
final class GraphSceneFactory {
    private static final LinkRule[] RULES = LinkRule.values();

    private GraphSceneFactory() {}

    static VisualGraph overview(int clusters, int metaEdges, long seed) {
        Random rnd = new Random(seed);
        List<VisualNode> nodes = new ArrayList<>();
        for (int i = 1; i <= clusters; i++) {
            int members = (int) Math.max(2, 2500 / Math.pow(i, 0.9));
            nodes.add(new VisualNode(NodeKind.CLUSTER.key(i), NodeKind.CLUSTER, i + ": " + members + " accounts",
                    members * 900L, Math.max(0, 0.9 - i * 0.002), i, members, List.of(), Map.of()));
        }
        List<LinkSummary> links = new ArrayList<>();
        for (int k = 0; k < metaEdges; k++) {
            int a = 1 + rnd.nextInt(clusters);
            int b = 1 + (int) Math.min(clusters - 1, Math.abs(rnd.nextGaussian() * clusters / 6.0) + a % 7);
            if (a != b) {
                links.add(new LinkSummary(NodeKind.CLUSTER.key(a), NodeKind.CLUSTER.key(b), rule(rnd),
                        1 + rnd.nextInt(40), 1 + rnd.nextInt(50), 0, 1000, 2000));
            }
        }
        return SceneAssembler.assemble("overview", "Overview", nodes, links, clusters * 10, GraphFilter.none(),
                Set.of(), clusters);
    }

    static VisualGraph drillDown(int accounts, int edges, long seed) {
        Random rnd = new Random(seed);
        List<VisualNode> nodes = new ArrayList<>();
        for (int i = 1; i <= accounts; i++) {
            nodes.add(new VisualNode(NodeKind.ACCOUNT.key(i), NodeKind.ACCOUNT, String.format("acct-%06d", i),
                    50 + rnd.nextInt(5000), 0.6, 1, 1, List.of(), Map.of()));
        }
        int group = 25;
        List<LinkSummary> links = new ArrayList<>();
        Set<Long> pairs = new java.util.HashSet<>();
        while (links.size() < edges) {
            int a = 1 + rnd.nextInt(accounts);
            int b = rnd.nextDouble() < 0.85
                    ? Math.min(accounts, Math.max(1, (a - 1) / group * group + 1 + rnd.nextInt(group)))
                    : 1 + rnd.nextInt(accounts);
            long key = (long) Math.min(a, b) * 1_000_000 + Math.max(a, b);
            if (a != b && pairs.add(key)) {
                links.add(new LinkSummary(NodeKind.ACCOUNT.key(a), NodeKind.ACCOUNT.key(b), rule(rnd),
                        0.2 + rnd.nextDouble() * 3, 1, links.size() + 1, 1000, 2000));
            }
        }
        return SceneAssembler.assemble("cluster:1", "Cluster 1", nodes, links, accounts, GraphFilter.none(),
                Set.of(), accounts);
    }

    private static LinkRule rule(Random rnd) {
        return RULES[rnd.nextInt(RULES.length)];
    }
}
