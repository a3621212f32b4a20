package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import ringscope.graph.GraphStyles;
import ringscope.graph.LevelOfDetail;

/**
 * Draws one projected frame in device pixels: background, edges batched into one path per look and width, nodes as
 * two ovals (outline, fill), the labels the level of detail allows with a light backing, pins and the rubber band.
 * FX thread.
 */
final class FramePainter {
    /** What a frame drew. */
    record Result(int edgesVisible, int edgesDrawn, int labels) {}

    private static final Color BACKGROUND = Color.web("#FAFAFA");
    private static final Color LABEL_BACKING = Color.rgb(255, 255, 255, 0.8);
    private static final Color LABEL_TEXT = Color.web("#212121");
    private static final Color PIN = Color.web("#37474F");
    private static final Color BAND = Color.web("#1565C0");
    private static final int MAX_LABEL_CHARS = 28;
    /** Above this many drawn edges per node on screen, edges are drawn thin and translucent. */
    private static final int DENSE_EDGES_PER_NODE = 4;

    private final StylePalette palette;

    FramePainter(StylePalette palette) {
        this.palette = palette;
    }

    /** A batch of segments stroked with one look and width. */
    private record Batch(StylePalette.Look look, double width, List<double[]> segments) {}

    Result paint(GraphicsContext g, ProjectedFrame f, LevelOfDetail detail, double scale, double w, double h,
            double[] band) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        int[] counts = edges(g, f, detail, scale);
        nodes(g, f, scale);
        int labels = labels(g, f, detail, scale);
        if (band != null) {
            band(g, band, scale);
        }
        return new Result(counts[0], counts[1], labels);
    }

    private int[] edges(GraphicsContext g, ProjectedFrame f, LevelOfDetail detail, double scale) {
        Map<Object, Batch> batches = new HashMap<>();
        List<double[]> selected = new ArrayList<>();
        int visible = 0;
        f.drawnCount = 0;
        for (int i = 0; i < f.edges.length; i++) {
            if (!f.edgeVisible(i)) {
                continue;
            }
            visible++;
            int a = f.from[i];
            int b = f.to[i];
            boolean emphasised = f.emphasis[a] != ProjectedFrame.PLAIN || f.emphasis[b] != ProjectedFrame.PLAIN;
            boolean edgeSelected = f.edges[i].hasAttribute("ui.selected");
            if (f.drawnCount >= detail.edgeBudget() && !emphasised && !edgeSelected) {
                continue;
            }
            f.drawn[f.drawnCount++] = i;
            double[] seg = {f.px[a], f.py[a], f.px[b], f.py[b]};
            if (edgeSelected) {
                selected.add(seg);
                continue;
            }
            StylePalette.Look look = palette.of(f.edges[i].getStyle());
            double width = Math.round(ProjectedFrame.number(f.edges[i], "ui.size", 1) * 2) / 2.0;
            batches.computeIfAbsent(List.of(look, width), k -> new Batch(look, width, new ArrayList<>()))
                    .segments().add(seg);
        }
        // a dense view (a cluster where every pair shares the card) would be a solid blob: thinner, see-through lines
        boolean dense = visible > DENSE_EDGES_PER_NODE * Math.max(1, f.visibleNodes());
        g.setGlobalAlpha(dense ? 0.35 : 1.0);
        for (Batch batch : batches.values()) {
            g.setStroke(batch.look().fill());
            g.setLineWidth((dense ? Math.max(0.75, batch.width() * 0.4) : batch.width()) * scale);
            g.setLineDashes(detail.drawPatterns() && batch.look().dashes().length > 0
                    ? scaled(batch.look().dashes(), scale) : null);
            stroke(g, batch.segments());
        }
        g.setLineDashes(null);
        g.setGlobalAlpha(1.0);
        if (!selected.isEmpty()) {
            g.setStroke(palette.colour(GraphStyles.SELECTED_COLOUR));
            g.setLineWidth(4 * scale);
            stroke(g, selected);
        }
        return new int[] {visible, f.drawnCount};
    }

    private static double[] scaled(double[] dashes, double scale) {
        double[] out = dashes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    private static void stroke(GraphicsContext g, List<double[]> segments) {
        g.beginPath();
        for (double[] s : segments) {
            g.moveTo(s[0], s[1]);
            g.lineTo(s[2], s[3]);
        }
        g.stroke();
    }

    private void nodes(GraphicsContext g, ProjectedFrame f, double scale) {
        Color selectedRing = palette.colour(GraphStyles.SELECTED_COLOUR);
        for (int i = 0; i < f.nodes.length; i++) {
            if (!f.inView[i]) {
                continue;
            }
            StylePalette.Look look = palette.of(f.nodes[i].getStyle());
            double r = f.radius[i];
            double x = f.px[i];
            double y = f.py[i];
            double ring = f.emphasis[i] == ProjectedFrame.SELECTED ? 4 * scale
                    : r >= 3 ? look.strokeWidth() * scale : 0;
            if (ring > 0) {
                g.setFill(f.emphasis[i] == ProjectedFrame.SELECTED ? selectedRing : look.stroke());
                g.fillOval(x - r - ring, y - r - ring, 2 * (r + ring), 2 * (r + ring));
            }
            g.setFill(look.fill());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (f.pinned[i]) {
                g.setFill(PIN);
                g.fillRect(x + r * 0.7, y - r - 3 * scale, 5 * scale, 5 * scale);
            }
        }
    }

    private int labels(GraphicsContext g, ProjectedFrame f, LevelOfDetail detail, double scale) {
        if (detail.labelBudget() <= 0) {
            return 0;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < f.nodes.length; i++) {
            if (f.inView[i]) {
                candidates.add(i);
            }
        }
        if (candidates.size() > detail.labelBudget()) {
            candidates.sort((a, b) -> Double.compare(priority(f, b), priority(f, a)));
            candidates = candidates.subList(0, detail.labelBudget());
        }
        Font plain = Font.font("System", 11 * scale);
        Font bold = Font.font("System", FontWeight.BOLD, 11 * scale);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lineHeight = 14 * scale;
        for (int i : candidates) {
            String text = label(f, i);
            if (text.isEmpty()) {
                continue;
            }
            double width = text.length() * 6.4 * scale + 6 * scale;
            double top = f.py[i] + f.radius[i] + 2 * scale;
            g.setFill(LABEL_BACKING);
            g.fillRoundRect(f.px[i] - width / 2, top, width, lineHeight, 6 * scale, 6 * scale);
            g.setFill(LABEL_TEXT);
            g.setFont(f.emphasis[i] != ProjectedFrame.PLAIN ? bold : plain);
            g.fillText(text, f.px[i], top + 1 * scale);
        }
        return candidates.size();
    }

    private static double priority(ProjectedFrame f, int i) {
        return f.emphasis[i] * 1e6 + f.radius[i];
    }

    private static String label(ProjectedFrame f, int i) {
        Object l = f.nodes[i].getAttribute("ui.label");
        String s = l == null ? "" : l.toString();
        return s.length() > MAX_LABEL_CHARS ? s.substring(0, MAX_LABEL_CHARS - 1) + "\u2026" : s;
    }

    private static void band(GraphicsContext g, double[] band, double scale) {
        double x = Math.min(band[0], band[2]) * scale;
        double y = Math.min(band[1], band[3]) * scale;
        double w = Math.abs(band[2] - band[0]) * scale;
        double h = Math.abs(band[3] - band[1]) * scale;
        g.setFill(BAND.deriveColor(0, 1, 1, 0.08));
        g.fillRect(x, y, w, h);
        g.setStroke(BAND);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(x, y, w, h);
        g.setLineDashes(null);
    }
}
