package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.junit.jupiter.api.Test;
import ringscope.model.LinkRule;
import ringscope.model.NodePosition;

class GraphSyncTest {
    private final Graph graph = new SingleGraph("g");
    private final GraphSync sync = new GraphSync(graph, new GraphStyles());

    @Test
    void showingANewSceneAddsRemovesAndRestylesOnlyWhatChanged() {
        VisualGraph first = Scenes.ring(5);
        sync.show(first, StyleOptions.defaults(), SeedLayout.place(first, Map.of()));
        Map<String, NodePosition> before = sync.positions();

        List<VisualNode> nodes = List.of(Scenes.account(1, 100, 0.2, 7), Scenes.account(2, 200, 0.4, 7),
                Scenes.account(9, 50, 0.1, 7));
        VisualGraph next = SceneAssembler.assemble("v", "t", nodes,
                List.of(Scenes.link(1, 2, LinkRule.SHARED_IP, 1, 1), Scenes.link(2, 9, LinkRule.SHARED_IP, 1, 2)),
                3, GraphFilter.none(), Set.of(), 10);
        sync.show(next, StyleOptions.defaults(), Map.of("a:9", new NodePosition("a:9", 9, 9, false)));

        assertThat(graph.nodes().map(n -> n.getId())).containsExactlyInAnyOrder("a:1", "a:2", "a:9");
        assertThat(graph.edges().map(e -> e.getId())).containsExactlyInAnyOrder("e:a:1|a:2", "e:a:2|a:9");
        assertThat(sync.positions().get("a:1")).isEqualTo(before.get("a:1"));
        assertThat(sync.positions().get("a:9")).isEqualTo(new NodePosition("a:9", 9, 9, false));
        assertThat(graph.getNode("a:9").getAttribute("ui.class")).isEqualTo("account,s1");
    }

    @Test
    void edgesGetTheStyleOfTheirClassesInTheViewersGraph() {
        org.graphstream.ui.graphicGraph.GraphicGraph viewer = new org.graphstream.ui.graphicGraph.GraphicGraph("v");
        graph.addSink(viewer);
        VisualGraph ring = Scenes.ring(5); // shared-IP links (medium, network family) and one payment link (strong)
        sync.show(ring, StyleOptions.defaults(), Map.of());
        sync.show(ring, StyleOptions.defaults(), Map.of()); // unchanged: nothing set again

        org.graphstream.ui.graphicGraph.GraphicGraph byString = new org.graphstream.ui.graphicGraph.GraphicGraph("s");
        byString.setAttribute("ui.stylesheet", new GraphStyles().stylesheet(Set.of()));
        for (VisualEdge e : ring.edges()) {
            byString.addNode(e.source() + e.key());
            byString.addNode(e.target() + e.key());
            byString.addEdge(e.key(), e.source() + e.key(), e.target() + e.key())
                    .setAttribute("ui.class", new GraphStyles().edgeClasses(e));
            var shown = ((org.graphstream.ui.graphicGraph.GraphicEdge) viewer.getEdge(e.key())).getStyle();
            var expected = ((org.graphstream.ui.graphicGraph.GraphicEdge) byString.getEdge(e.key())).getStyle();
            assertThat(shown.getId()).as(e.key()).isEqualTo(expected.getId()).isNotEqualTo("edge");
            assertThat(shown.getStrokeMode()).isEqualTo(expected.getStrokeMode());
        }
    }

    @Test
    void anotherViewAltogetherReplacesEverythingAndKeepsTheStylesheet() {
        VisualGraph first = Scenes.ring(5);
        sync.show(first, StyleOptions.defaults(), SeedLayout.place(first, Map.of()));
        sync.select(Set.of("a:1"));
        Object css = graph.getAttribute("ui.stylesheet");
        assertThat(css).isNotNull();

        List<VisualNode> nodes = List.of(Scenes.account(21, 100, 0.2, 7), Scenes.account(22, 200, 0.4, 7));
        VisualGraph other = SceneAssembler.assemble("v2", "t", nodes,
                List.of(Scenes.link(21, 22, LinkRule.SHARED_IP, 1, 1)), 2, GraphFilter.none(), Set.of(), 10);
        sync.show(other, StyleOptions.defaults(), Map.of("a:21", new NodePosition("a:21", 1, 2, true)));

        assertThat(graph.nodes().map(n -> n.getId())).containsExactlyInAnyOrder("a:21", "a:22");
        assertThat(graph.edges().map(e -> e.getId())).containsExactly("e:a:21|a:22");
        assertThat(graph.getAttribute("ui.stylesheet")).isEqualTo(css);
        assertThat(sync.positions()).containsOnlyKeys("a:21");
        assertThat(sync.positions().get("a:21").pinned()).isTrue();
        sync.select(Set.of("a:22"));
        assertThat(graph.getNode("a:22").hasAttribute("ui.selected")).isTrue();
    }

    @Test
    void selectionAndHighlightAndPinsAreAttributes() {
        VisualGraph ring = Scenes.ring(4);
        sync.show(ring, StyleOptions.defaults(), SeedLayout.place(ring, Map.of()));

        sync.select(Set.of("a:1", "e:a:1|a:2", "a:99"));
        sync.highlight(Set.of("a:2"));
        sync.pin("a:3", true);

        assertThat(graph.getNode("a:1").hasAttribute("ui.selected")).isTrue();
        assertThat(graph.getEdge("e:a:1|a:2").hasAttribute("ui.selected")).isTrue();
        assertThat((String) graph.getNode("a:2").getAttribute("ui.class")).endsWith(",hl");
        assertThat(sync.positions().get("a:3").pinned()).isTrue();

        sync.select(Set.of());
        sync.highlight(Set.of());
        assertThat(graph.getNode("a:1").hasAttribute("ui.selected")).isFalse();
        assertThat((String) graph.getNode("a:2").getAttribute("ui.class")).doesNotEndWith(",hl");
    }
}
