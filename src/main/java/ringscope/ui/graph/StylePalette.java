package ringscope.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import ringscope.graph.GraphStyles;
import ringscope.model.LinkRule;

/**
 * JavaFX paints for GraphStream style groups, read once per group from the stylesheet and cached (a group is one
 * combination of classes, so there are a few dozen at most). FX thread.
 */
final class StylePalette {
    /** What the lean renderer needs of a group. */
    record Look(Color fill, Color stroke, double strokeWidth, double[] dashes) {}

    private final Map<StyleGroup, Look> looks = new HashMap<>();
    private final Map<String, Color> colours = new HashMap<>();

    Look of(StyleGroup group) {
        return looks.computeIfAbsent(group, StylePalette::read);
    }

    Color colour(String hex) {
        return colours.computeIfAbsent(hex, Color::web);
    }

    /** Forget cached looks (after the stylesheet changed). */
    void clear() {
        looks.clear();
    }

    private static Look read(StyleGroup g) {
        Color fill = g.getFillColorCount() > 0 ? fx(g.getFillColor(0)) : Color.GRAY;
        Color stroke = g.getStrokeColorCount() > 0 ? fx(g.getStrokeColor(0)) : Color.DARKGRAY;
        double width = g.getStrokeWidth() == null ? 1 : g.getStrokeWidth().value;
        return new Look(fill, stroke, width, dashes(g.getStrokeMode()));
    }

    private static double[] dashes(StyleConstants.StrokeMode mode) {
        return switch (mode) {
            case DASHES -> GraphStyles.dashes(LinkRule.Tier.MEDIUM);
            case DOTS -> GraphStyles.dashes(LinkRule.Tier.WEAK);
            default -> GraphStyles.dashes(LinkRule.Tier.STRONG);
        };
    }

    private static Color fx(org.graphstream.ui.graphicGraph.stylesheet.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
