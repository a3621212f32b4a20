package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import org.junit.jupiter.api.Test;

class GraphStylesTest {
    private final GraphStyles styles = new GraphStyles();

    @Test
    void stylesheetHasOneSelectorPerRule() {
        String css = styles.stylesheet(Set.of("#E53935"));

        for (String line : css.split("\n")) {
            String selector = line.substring(0, line.indexOf('{'));
            assertThat(selector).as(line).doesNotContain(",");
        }
        assertThat(css).contains("node.tE53935 { fill-color: #E53935; }");
    }

    @Test
    void combinedClassesEachSetTheirOwnPropertyInGraphStream() {
        GraphicGraph g = new GraphicGraph("test");
        g.setAttribute("ui.stylesheet", styles.stylesheet(Set.of()));
        g.addNode("a:1").setAttribute("ui.class", "account,s9,hl");

        GraphicNode n = (GraphicNode) g.getNode("a:1");

        org.graphstream.ui.graphicGraph.stylesheet.Color fill = n.getStyle().getFillColor(0);
        org.graphstream.ui.graphicGraph.stylesheet.Color stroke = n.getStyle().getStrokeColor(0);
        assertThat(List.of(fill.getRed(), fill.getGreen(), fill.getBlue())).containsExactly(0x7F, 0x27, 0x04);
        assertThat(List.of(stroke.getRed(), stroke.getGreen(), stroke.getBlue())).containsExactly(0x15, 0x65, 0xC0);
    }

    @Test
    void edgeTierSetsTheLinePatternAndFamilyTheColour() {
        GraphicGraph g = new GraphicGraph("test");
        g.setAttribute("ui.stylesheet", styles.stylesheet(Set.of()));
        g.addNode("a");
        g.addNode("b");
        g.addEdge("e", "a", "b").setAttribute("ui.class", "medium,fnetwork");

        var style = ((org.graphstream.ui.graphicGraph.GraphicEdge) g.getEdge("e")).getStyle();

        assertThat(style.getStrokeMode()).isEqualTo(StyleConstants.StrokeMode.DASHES);
        assertThat(style.getFillColor(0).getBlue()).isEqualTo(0xC0);
    }

    @Test
    void colourClassesFollowTheMode() {
        VisualNode tagged = Scenes.account(5, 10, 0.95, 13)
                .withTags(List.of(new TagMark("t1", "reseller", "#e53935")));

        assertThat(styles.colourClass(tagged, ColourMode.SCORE)).isEqualTo("s9");
        assertThat(styles.colourClass(tagged, ColourMode.CLUSTER)).isEqualTo("k1");
        assertThat(styles.colourClass(tagged, ColourMode.TAG)).isEqualTo("tE53935");
        assertThat(styles.colourOf("tE53935")).isEqualTo("#E53935");
        assertThat(styles.colourClass(Scenes.account(6, 1, 0, -1), ColourMode.CLUSTER)).isEqualTo("knone");
    }

    @Test
    void sizesGrowWithVolumeWithinTheirRange() {
        StyleOptions byVolume = new StyleOptions(ColourMode.SCORE, true);
        VisualNode small = Scenes.account(1, 0, 0, 1);
        VisualNode big = Scenes.account(2, 1000, 0, 1);
        VisualNode cluster = new VisualNode("c:1", NodeKind.CLUSTER, "c", 50, 0.5, 1, 40, List.of(), Map.of());

        assertThat(styles.nodeSize(small, byVolume, 1000, 1)).isEqualTo(8.0);
        assertThat(styles.nodeSize(big, byVolume, 1000, 1)).isEqualTo(28.0);
        assertThat(styles.nodeSize(cluster, new StyleOptions(ColourMode.SCORE, false), 50, 40)).isEqualTo(56.0);
    }
}
