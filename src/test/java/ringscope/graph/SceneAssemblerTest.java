package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ringscope.model.LinkRule;

class SceneAssemblerTest {
    @Test
    void linksBetweenOnePairFoldIntoOneEdgeStyledByTheStrongestTier() {
        List<LinkSummary> links = List.of(
                Scenes.link(1, 2, LinkRule.SHARED_IP, 2.0, 11),
                Scenes.link(1, 2, LinkRule.SHARED_PAYMENT, 1.0, 12),
                Scenes.link(2, 1, LinkRule.SHARED_USER_AGENT, 0.5, 13));

        List<VisualEdge> edges = SceneAssembler.fold(links);

        assertThat(edges).containsExactly(new VisualEdge("e:a:1|a:2", "a:1", "a:2",
                Set.of(LinkRule.SHARED_IP, LinkRule.SHARED_PAYMENT, LinkRule.SHARED_USER_AGENT),
                LinkRule.SHARED_PAYMENT, LinkRule.Tier.STRONG, 3.5, 3, List.of(11L, 12L, 13L), 1000, 2000));
    }

    @Test
    void filteringByLinkTypeDropsEdgesButCountsThemInTheTotal() {
        List<VisualNode> nodes = List.of(Scenes.account(1, 10, 0.5, 1), Scenes.account(2, 10, 0.5, 1),
                Scenes.account(3, 10, 0.5, 1));
        List<LinkSummary> links = List.of(Scenes.link(1, 2, LinkRule.SHARED_IP, 1, 1),
                Scenes.link(2, 3, LinkRule.SHARED_PAYMENT, 1, 2), Scenes.link(3, 2, LinkRule.SHARED_IP, 1, 3));
        GraphFilter onlyPayments = GraphFilter.none().withRules(Set.of(LinkRule.SHARED_PAYMENT));

        VisualGraph g = SceneAssembler.assemble("v", "t", nodes, links, 3, onlyPayments, Set.of(), 100);

        assertThat(g.edges()).extracting(VisualEdge::key).containsExactly("e:a:2|a:3");
        assertThat(g.totalEdges()).isEqualTo(2);
        assertThat(g.caption("accounts")).isEqualTo("3 accounts, 1 of 2 links");
    }

    @Test
    void aDenseViewKeepsEachNodesHeaviestEdgesThenTheHeaviestOfTheRestUpToTheEdgeCap() {
        // 200 accounts, every pair linked (19,900 pairs); the weight of a pair grows with its lower account number, so
        // the 8,000 heaviest pairs are all among the last accounts and the first accounts' edges are the lightest
        int n = 200;
        List<VisualNode> nodes = new java.util.ArrayList<>();
        List<LinkSummary> links = new java.util.ArrayList<>();
        for (int a = 1; a <= n; a++) {
            nodes.add(Scenes.account(a, 10, 0.5, 1));
            for (int b = 1; b < a; b++) {
                links.add(Scenes.link(b, a, LinkRule.SHARED_IP, b * 1000.0 + a, links.size() + 1));
            }
        }
        VisualGraph g = SceneAssembler.assemble("v", "t", nodes, links, n, GraphFilter.none(), Set.of(), n);

        assertThat(g.edges()).hasSize(ringscope.model.ViewCaps.EDGES);
        assertThat(g.totalEdges()).isEqualTo(n * (n - 1) / 2);
        assertThat(g.caption("accounts")).isEqualTo("200 accounts, 8,000 of 19,900 links");
        // every account keeps at least its two heaviest edges, even account 1, whose edges are the lightest of all
        List<VisualEdge> all = SceneAssembler.fold(links);
        for (VisualNode node : nodes) {
            List<VisualEdge> heaviestTwo = all.stream().filter(e -> e.touches(node.key()))
                    .sorted(java.util.Comparator.comparingDouble(VisualEdge::weight).reversed()).limit(2).toList();
            assertThat(g.edges()).as(node.key()).containsAll(heaviestTwo);
        }
        // the rest are the heaviest: nothing left out is heavier than the lightest edge kept beyond those two each
        java.util.Set<VisualEdge> kept = new java.util.HashSet<>(g.edges());
        double heaviestLeftOut = all.stream().filter(e -> !kept.contains(e)).mapToDouble(VisualEdge::weight).max()
                .orElseThrow();
        long heavierKept = g.edges().stream().filter(e -> e.weight() > heaviestLeftOut).count();
        assertThat(heavierKept).as("the cap is filled with the heaviest edges").isGreaterThan(7_000);
        assertThat(g.edges()).isSortedAccordingTo(java.util.Comparator.comparingDouble(VisualEdge::weight).reversed()
                .thenComparing(VisualEdge::key));
    }

    @Test
    void theNodeCapKeepsTheHeadOfTheListAndSaysShowingNOfM() {
        List<VisualNode> nodes = List.of(Scenes.account(1, 10, 0.9, 1), Scenes.account(2, 10, 0.8, 1),
                Scenes.account(3, 10, 0.7, 1));

        VisualGraph g = SceneAssembler.assemble("v", "t", nodes, List.of(), 2500, GraphFilter.none(), Set.of(), 2);

        assertThat(g.nodes()).extracting(VisualNode::key).containsExactly("a:1", "a:2");
        assertThat(g.isPartial()).isTrue();
        assertThat(g.caption("accounts")).isEqualTo("showing 2 of 2,500 accounts, 0 links");
    }

    @Test
    void accountFiltersHideNodesButNeverTheKeptOne() {
        List<VisualNode> nodes = List.of(Scenes.account(1, 10, 0.1, 1), Scenes.account(2, 10, 0.9, 1),
                Scenes.account(3, 10, 0.1, 1));
        GraphFilter highScore = GraphFilter.none().withMinScore(0.5);

        VisualGraph g = SceneAssembler.assemble("v", "t", nodes, List.of(), 3, highScore, Set.of("a:1"), 100);

        assertThat(g.nodes()).extracting(VisualNode::key).containsExactly("a:1", "a:2");
    }

    @Test
    void attributeFilterMatchesCaseInsensitively() {
        GraphFilter germans = GraphFilter.none().withAttribute("country", "de");

        assertThat(germans.accepts(Scenes.account(2, 1, 0, 1))).isTrue();
        assertThat(germans.accepts(Scenes.account(3, 1, 0, 1))).isFalse();
    }

    @Test
    void timeFilterKeepsLinksWhoseEvidenceOverlapsTheRange() {
        LinkSummary l = Scenes.link(1, 2, LinkRule.SHARED_IP, 1, 1);

        assertThat(GraphFilter.none().withTime(1500, 5000).accepts(l)).isTrue();
        assertThat(GraphFilter.none().withTime(2001, 5000).accepts(l)).isFalse();
        assertThat(GraphFilter.none().withTime(0, 999).accepts(l)).isFalse();
    }
}
