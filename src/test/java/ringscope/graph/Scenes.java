package ringscope.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ringscope.model.LinkRule;

/** Small hand-made graph data for the graph tests. */
final class Scenes {
    private Scenes() {}

    static VisualNode account(int ref, long volume, double score, long cluster) {
        return new VisualNode(NodeKind.ACCOUNT.key(ref), NodeKind.ACCOUNT, "acct-" + ref, volume, score, cluster, 1,
                List.of(), Map.of("country", ref % 2 == 0 ? "DE" : "US"));
    }

    static LinkSummary link(int a, int b, LinkRule rule, double weight, long id) {
        return new LinkSummary(NodeKind.ACCOUNT.key(a), NodeKind.ACCOUNT.key(b), rule, weight, 1, id, 1000, 2000);
    }

    /** A ring of {@code n} accounts joined by shared IPs, plus one payment link across. */
    static VisualGraph ring(int n) {
        List<VisualNode> nodes = new ArrayList<>();
        List<LinkSummary> links = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            nodes.add(account(i, 100L * i, i / (double) n, 7));
            links.add(link(i, i % n + 1, LinkRule.SHARED_IP, 1.0, i));
        }
        links.add(link(1, n / 2 + 1, LinkRule.SHARED_PAYMENT, 3.0, 1000));
        return SceneAssembler.assemble("ring", "Ring", nodes, links, n, GraphFilter.none(), java.util.Set.of(), n);
    }
}
