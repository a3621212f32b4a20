package ringscope.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import ringscope.model.EventRecord;
import ringscope.model.HistogramBin;
import ringscope.model.TimeRange;
import ringscope.timeline.ActivityHistogram;
import ringscope.timeline.BinSizes;

/**
 * A canvas histogram of interactions (or tokens) with event markers (model releases blue, bans red, suspensions
 * orange), the time filter shaded, and a brush: drag to set a range, click a bar to open it. Redraws on resize and on
 * {@link #draw}. UI thread.
 */
final class HistogramChart extends Pane {
    private static final double AXIS = 18;
    private final Canvas canvas = new Canvas();
    private ActivityHistogram data;
    private List<EventRecord> events = List.of();
    private TimeRange filter;
    private boolean tokens;
    private ZoneId zone = ZoneId.of("UTC");
    private double dragStart = -1;
    private double dragNow = -1;

    HistogramChart(Consumer<TimeRange> onBrush, Consumer<HistogramBin> onBar) {
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(220);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        canvas.setOnMousePressed(e -> dragStart = dragNow = e.getX());
        canvas.setOnMouseDragged(e -> {
            dragNow = e.getX();
            redraw();
        });
        canvas.setOnMouseReleased(e -> {
            double a = Math.min(dragStart, e.getX());
            double b = Math.max(dragStart, e.getX());
            dragStart = dragNow = -1;
            if (data != null && b - a >= 4) {
                onBrush.accept(new TimeRange(timeAt(a), Math.max(timeAt(b), timeAt(a) + 1)));
            } else if (data != null) {
                onBar.accept(binAt(e.getX()));
            }
            redraw();
        });
    }

    void draw(ActivityHistogram h, List<EventRecord> ev, TimeRange filterRange, boolean showTokens, ZoneId z) {
        data = h;
        events = ev;
        filter = filterRange;
        tokens = showTokens;
        zone = z;
        redraw();
    }

    /** The start of the time at pixel {@code x}. */
    long timeAt(double x) {
        TimeRange r = data.range();
        double f = Math.max(0, Math.min(1, x / Math.max(1, getWidth())));
        return r.fromMs() + (long) (f * r.lengthMs());
    }

    double xOf(long ms) {
        TimeRange r = data.range();
        return (ms - r.fromMs()) * getWidth() / r.lengthMs();
    }

    /** The bar under pixel {@code x}, or an empty bin there. */
    HistogramBin binAt(double x) {
        long t = timeAt(x);
        long start = data.range().fromMs() + (t - data.range().fromMs()) / data.binMs() * data.binMs();
        return data.bins().stream().filter(b -> b.startMs() == start).findFirst()
                .orElse(new HistogramBin(start, 0, 0, 0));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (data == null || w < 10 || h < 10) {
            return;
        }
        double plot = h - AXIS;
        if (filter != null && filter.overlaps(data.range().fromMs(), data.range().toMs())) {
            g.setFill(Color.rgb(255, 230, 150, 0.6));
            double a = Math.max(0, xOf(filter.fromMs()));
            g.fillRect(a, 0, Math.min(w, xOf(filter.toMs())) - a, plot);
        }
        double max = data.bins().stream().mapToDouble(b -> tokens ? b.tokens() : b.interactions()).max().orElse(1);
        double barW = Math.max(1, data.binMs() * w / data.range().lengthMs());
        g.setFill(Color.rgb(60, 110, 180));
        for (HistogramBin b : data.bins()) {
            double v = tokens ? b.tokens() : b.interactions();
            double bh = v / max * (plot - 14);
            g.fillRect(xOf(b.startMs()), plot - bh, Math.max(1, barW - (barW > 3 ? 1 : 0)), bh);
        }
        drawEvents(g, plot);
        drawAxis(g, w, plot, max);
        if (dragStart >= 0 && Math.abs(dragNow - dragStart) >= 4) {
            g.setFill(Color.rgb(230, 140, 0, 0.3));
            g.fillRect(Math.min(dragStart, dragNow), 0, Math.abs(dragNow - dragStart), plot);
        }
    }

    private void drawEvents(GraphicsContext g, double plot) {
        for (EventRecord e : events) {
            if (!data.range().contains(e.tsMs())) {
                continue;
            }
            Color c = switch (e.kind()) {
                case "model_release" -> Color.rgb(0, 90, 220);
                case "ban" -> Color.rgb(200, 30, 30, 0.5);
                default -> Color.rgb(230, 130, 0, 0.5);
            };
            g.setStroke(c);
            g.setLineWidth(e.kind().equals("model_release") ? 2 : 1);
            double x = xOf(e.tsMs());
            g.strokeLine(x, 0, x, plot);
            if (e.kind().equals("model_release")) {
                g.setFill(c);
                g.setFont(Font.font(11));
                g.fillText(e.label(), Math.min(x + 3, getWidth() - 200), 12);
            }
        }
    }

    private void drawAxis(GraphicsContext g, double w, double plot, double max) {
        g.setStroke(Color.GRAY);
        g.setLineWidth(1);
        g.strokeLine(0, plot, w, plot);
        g.setFill(Color.rgb(60, 60, 60));
        g.setFont(Font.font(11));
        int ticks = (int) Math.max(2, w / 160);
        for (int i = 0; i < ticks; i++) {
            double x = i * w / ticks;
            g.fillText(TimeText.at(timeAt(x), zone), x + 2, plot + 13);
        }
        g.fillText(String.format("max %,.0f %s per %s%s", max, tokens ? "tokens" : "interactions",
                BinSizes.label(data.binMs()), data.fromRawRows() ? " (raw rows)" : ""), w - 280, 26);
    }
}
