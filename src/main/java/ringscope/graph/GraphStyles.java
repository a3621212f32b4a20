package ringscope.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import ringscope.model.LinkRule;

/**
 * The look of the graph as a GraphStream stylesheet plus the classes and sizes put on each element. Every property
 * is set by exactly one kind of class (kind: shape and text; colour class: fill; {@code hl}: stroke; tier: line
 * pattern; family: line colour), so combined classes never compete. One selector per rule: GraphStream does not
 * understand comma-separated selectors (it only logs a warning).
 *
 * <p>GraphStream has no dashed-line property for edges; {@code stroke-mode} on an edge class names its line pattern
 * (plain, dashes, dots), which the lean renderer draws as the line itself. Pure; thread-safe.
 */
public final class GraphStyles {
    /** Twelve distinguishable cluster colours (Tableau 10 plus two), cycled by cluster id. */
    static final List<String> CLUSTER_PALETTE = List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
            "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#1F77B4", "#8CD17D", "#86BCB6");
    /** Ten score bins, light (low) to dark red (high). */
    static final List<String> SCORE_RAMP = List.of("#FFF5EB", "#FEE6CE", "#FDD0A2", "#FDAE6B", "#FD8D3C",
            "#F16913", "#E6550D", "#D94801", "#A63603", "#7F2704");
    static final String NO_COLOUR = "#CFD8DC";
    public static final String HIGHLIGHT_CLASS = "hl";
    /** Ring colour of selected nodes and line colour of selected edges (rule {@code node:selected}). */
    public static final String SELECTED_COLOUR = "#FF6F00";
    /** Ring colour of highlighted nodes (class {@code hl}). */
    public static final String HIGHLIGHT_COLOUR = "#1565C0";
    public static final String CLUSTER_CLASS = "cluster";
    public static final String ACCOUNT_CLASS = "account";

    /** The stylesheet for a graph whose nodes use these tag colours ({@code #RRGGBB}). */
    public String stylesheet(Collection<String> tagColours) {
        StringBuilder css = new StringBuilder(4096);
        css.append("graph { fill-color: #FAFAFA; padding: 40px; }\n");
        css.append("node { shape: circle; size-mode: dyn-size; size: 10px; fill-color: ").append(NO_COLOUR)
                .append("; stroke-mode: plain; stroke-color: #546E7A; stroke-width: 1px; text-size: 11;")
                .append(" text-color: #212121; text-alignment: under; text-background-mode: rounded-box;")
                .append(" text-background-color: #FFFFFFCC; text-padding: 2px; z-index: 2; }\n");
        css.append("node.").append(CLUSTER_CLASS).append(" { text-style: bold; text-size: 12; }\n");
        css.append("node.").append(ACCOUNT_CLASS).append(" { text-size: 10; }\n");
        for (int i = 0; i < CLUSTER_PALETTE.size(); i++) {
            rule(css, "node.k" + i, "fill-color: " + CLUSTER_PALETTE.get(i) + ";");
        }
        for (int i = 0; i < SCORE_RAMP.size(); i++) {
            rule(css, "node.s" + i, "fill-color: " + SCORE_RAMP.get(i) + ";");
        }
        rule(css, "node.knone", "fill-color: " + NO_COLOUR + ";");
        rule(css, "node.tnone", "fill-color: " + NO_COLOUR + ";");
        for (String colour : new TreeSet<>(tagColours)) {
            rule(css, "node." + tagClass(colour), "fill-color: " + colour.toUpperCase(Locale.ROOT) + ";");
        }
        rule(css, "node." + HIGHLIGHT_CLASS, "stroke-color: " + HIGHLIGHT_COLOUR + "; stroke-width: 3px;");
        rule(css, "node:selected", "stroke-color: " + SELECTED_COLOUR + "; stroke-width: 4px;");
        css.append("edge { shape: line; size-mode: dyn-size; size: 1px; fill-color: #9E9E9E; z-index: 1; }\n");
        rule(css, "edge.strong", "stroke-mode: plain;");
        rule(css, "edge.medium", "stroke-mode: dashes;");
        rule(css, "edge.weak", "stroke-mode: dots;");
        for (LinkFamily f : LinkFamily.values()) {
            rule(css, "edge." + f.cssClass(), "fill-color: " + f.colour() + ";");
        }
        rule(css, "edge:selected", "fill-color: " + SELECTED_COLOUR + ";");
        return css.toString();
    }

    private static void rule(StringBuilder css, String selector, String body) {
        css.append(selector).append(" { ").append(body).append(" }\n");
    }

    /** The classes of a node: its kind, its colour class and {@code hl} when highlighted. */
    public String nodeClasses(VisualNode n, ColourMode mode, boolean highlighted) {
        List<String> classes = new ArrayList<>(3);
        classes.add(n.kind() == NodeKind.CLUSTER ? CLUSTER_CLASS : ACCOUNT_CLASS);
        classes.add(colourClass(n, mode));
        if (highlighted) {
            classes.add(HIGHLIGHT_CLASS);
        }
        return String.join(",", classes);
    }

    /** The colour class of a node under a colour mode. */
    public String colourClass(VisualNode n, ColourMode mode) {
        return switch (mode) {
            case CLUSTER -> n.clusterId() < 0 ? "knone" : "k" + Math.floorMod(n.clusterId(), CLUSTER_PALETTE.size());
            case SCORE -> "s" + scoreBin(n.score());
            case TAG -> n.tags().isEmpty() ? "tnone" : tagClass(n.tags().get(0).colour());
        };
    }

    /** The colour a colour class stands for ({@code #RRGGBB}), for legends and the table view. */
    public String colourOf(String colourClass) {
        if (colourClass.startsWith("k") && !colourClass.equals("knone")) {
            return CLUSTER_PALETTE.get(Integer.parseInt(colourClass.substring(1)));
        }
        if (colourClass.startsWith("s")) {
            return SCORE_RAMP.get(Integer.parseInt(colourClass.substring(1)));
        }
        if (colourClass.startsWith("t") && !colourClass.equals("tnone")) {
            return "#" + colourClass.substring(1);
        }
        return NO_COLOUR;
    }

    static int scoreBin(double score) {
        return Math.max(0, Math.min(SCORE_RAMP.size() - 1, (int) Math.floor(score * SCORE_RAMP.size())));
    }

    static String tagClass(String colour) {
        return "t" + colour.substring(1).toUpperCase(Locale.ROOT);
    }

    /** The classes of an edge: its tier (line pattern) and the family of its heaviest rule (line colour). */
    public String edgeClasses(VisualEdge e) {
        return e.tier().name().toLowerCase(Locale.ROOT) + "," + LinkFamily.of(e.heaviestRule()).cssClass();
    }

    /** The dash pattern of a tier in pixels (empty: solid), shared by the renderer and the legend. */
    public static double[] dashes(LinkRule.Tier tier) {
        return switch (tier) {
            case STRONG -> new double[0];
            case MEDIUM -> new double[] {7, 4};
            case WEAK -> new double[] {2, 3};
        };
    }

    /**
     * Node diameter in pixels: clusters 14-56 by members (or volume), accounts 8-28 by volume (or a fixed 12).
     *
     * @param maxVolume largest volume among the shown nodes of the same kind
     * @param maxMembers largest member count among the shown clusters
     */
    public double nodeSize(VisualNode n, StyleOptions options, long maxVolume, int maxMembers) {
        if (n.kind() == NodeKind.CLUSTER) {
            double f = options.sizeByVolume() ? fraction(n.volume(), maxVolume) : fraction(n.members(), maxMembers);
            return 14 + 42 * Math.sqrt(f);
        }
        return options.sizeByVolume() ? 8 + 20 * Math.sqrt(fraction(n.volume(), maxVolume)) : 12;
    }

    /** Edge width in pixels, 1-6, on a square-root scale of the weight against the heaviest shown edge. */
    public double edgeWidth(VisualEdge e, double maxWeight) {
        return 1 + 5 * Math.sqrt(fraction(e.weight(), maxWeight));
    }

    private static double fraction(double v, double max) {
        return max <= 0 ? 0 : Math.max(0, Math.min(1, v / max));
    }
}
