package ringscope.ui.graph;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import ringscope.graph.ColourMode;
import ringscope.graph.GraphStyles;
import ringscope.graph.LinkFamily;
import ringscope.model.LinkRule;

/**
 * The legend under the picture: what node colour and size say, edge colours by link family and line patterns by
 * precision tier, drawn with the same colours and dash patterns as the renderer. UI thread.
 */
final class GraphLegend {
    private final VBox root = new VBox(3);
    private final Label colourTitle = new Label();
    private final HBox colourKey = new HBox(2);
    private final Label sizeNote = new Label();

    GraphLegend() {
        root.setId("graphLegend");
        root.setPadding(new Insets(4, 8, 4, 8));
        root.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #CFD8DC;");
        HBox colours = new HBox(6, colourTitle, colourKey, sizeNote);
        FlowPane families = new FlowPane(10, 2);
        for (LinkFamily f : LinkFamily.values()) {
            if (f == LinkFamily.OTHER) {
                continue;
            }
            Line l = new Line(0, 0, 18, 0);
            l.setStroke(Color.web(f.colour()));
            l.setStrokeWidth(3);
            families.getChildren().add(new HBox(3, l, small(f.meaning())));
        }
        HBox tiers = new HBox(10, new Label("Tier:"));
        for (LinkRule.Tier t : LinkRule.Tier.values()) {
            Line l = new Line(0, 0, 26, 0);
            l.setStrokeWidth(2);
            for (double d : GraphStyles.dashes(t)) {
                l.getStrokeDashArray().add(d);
            }
            tiers.getChildren().add(new HBox(3, l, small(t.name().toLowerCase(java.util.Locale.ROOT))));
        }
        Circle selected = new Circle(6, Color.TRANSPARENT);
        selected.setStroke(Color.web(GraphStyles.SELECTED_COLOUR));
        selected.setStrokeWidth(3);
        tiers.getChildren().addAll(selected, small("selected"));
        root.getChildren().addAll(colours, families, tiers);
        show(ColourMode.SCORE, false);
    }

    void show(ColourMode mode, boolean sizeByVolume) {
        colourKey.getChildren().clear();
        GraphStyles styles = new GraphStyles();
        switch (mode) {
            case SCORE -> {
                colourTitle.setText("Colour: cluster score 0");
                for (int i = 0; i < 10; i++) {
                    colourKey.getChildren().add(swatch(styles.colourOf("s" + i)));
                }
                colourKey.getChildren().add(small("1"));
            }
            case CLUSTER -> {
                colourTitle.setText("Colour: cluster (grey: none)");
                for (int i = 0; i < 6; i++) {
                    colourKey.getChildren().add(swatch(styles.colourOf("k" + i)));
                }
            }
            case TAG -> {
                colourTitle.setText("Colour: first tag (grey: untagged)");
                colourKey.getChildren().add(swatch(styles.colourOf("tnone")));
            }
        }
        sizeNote.setText(sizeByVolume ? "\u2003Size: interactions" : "\u2003Size: accounts in a cluster");
    }

    private static Rectangle swatch(String colour) {
        Rectangle r = new Rectangle(12, 12, Color.web(colour));
        r.setStroke(Color.web("#90A4AE"));
        return r;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 11px;");
        return l;
    }

    Node node() {
        return root;
    }
}
