package ringscope.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import ringscope.timeline.BinSizes;
import ringscope.timeline.CorrelationMatrix;
import ringscope.timeline.SwimlaneMatrix;

/**
 * A canvas heat map for either aligned swimlanes (one strip per account with its account id on the left, darker = more
 * interactions, square-root scale; hour labels in the chosen zone) or a correlation matrix (blue positive, red
 * negative). A lane is never thinner than {@link #LANE_MIN} pixels, so its account id stays readable: when the lanes
 * do not fit, a scroll bar (or the wheel) moves through them. UI thread.
 */
final class HeatChart extends Pane {
    /** The thinnest lane drawn: room for one line of the 10-pixel label font. */
    static final double LANE_MIN = 12;
    private static final double LABEL_W = 120;
    private static final double AXIS = 16;
    private static final double HEAD = 14;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final List<String> drawnLabels = new ArrayList<>();
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private SwimlaneMatrix lanes;
    private CorrelationMatrix matrix;
    private ZoneId zone = ZoneId.of("UTC");
    private boolean drawing;

    HeatChart() {
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.setVisible(false);
        scroll.setManaged(false);
        scroll.valueProperty().addListener(o -> redraw());
        getChildren().addAll(canvas, scroll);
        setMinHeight(100);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        canvas.setOnMouseMoved(this::hover);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (scroll.isVisible()) {
                scroll.setValue(Math.max(0, Math.min(scroll.getMax(), scroll.getValue() - Math.signum(e.getDeltaY())
                        * 3)));
                e.consume();
            }
        });
    }

    void showLanes(SwimlaneMatrix m, ZoneId z) {
        lanes = m;
        matrix = null;
        zone = z;
        scroll.setValue(0);
        redraw();
    }

    /**
     * The account ids drawn as lane (or matrix row) labels by the last redraw, top to bottom (the lanes scrolled into
     * view).
     */
    List<String> laneLabels() {
        return List.copyOf(drawnLabels);
    }

    /** The scroll bar through the lanes (shown only when they do not all fit). */
    ScrollBar laneScroll() {
        return scroll;
    }

    void showMatrix(CorrelationMatrix m) {
        matrix = m;
        lanes = null;
        redraw();
    }

    private void redraw() {
        if (drawing) {
            return; // the scroll bar is adjusted while drawing
        }
        drawing = true;
        try {
            paint();
        } finally {
            drawing = false;
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(Font.font(10));
        drawnLabels.clear();
        scroll.setVisible(false);
        if (lanes != null && lanes.rows() > 0) {
            drawLanes(g);
        } else if (matrix != null && matrix.size() > 0) {
            drawMatrix(g);
        } else {
            g.setFill(Color.GRAY);
            g.fillText("Choose a cluster, a tag or accounts to see aligned swimlanes and correlation", 10, 20);
        }
    }

    /**
     * Draws the lanes from the scroll position on: a header line with what is shown, then one lane per account at
     * least {@link #LANE_MIN} high with its account id in the label column, then the time axis.
     */
    private void drawLanes(GraphicsContext g) {
        double h = getHeight() - AXIS - HEAD;
        int fit = (int) Math.max(1, Math.floor(h / LANE_MIN));
        int shown = Math.min(lanes.rows(), fit);
        double rh = h / shown;
        layOutScroll(lanes.rows() - shown, shown);
        double w = getWidth() - LABEL_W - (scroll.isVisible() ? scroll.getWidth() : 0);
        int first = scroll.isVisible() ? (int) Math.round(scroll.getValue()) : 0;
        int cols = lanes.columns();
        double cw = w / cols;
        double scale = Math.sqrt(Math.max(1, lanes.maxCell()));
        for (int r = first; r < first + shown; r++) {
            int[] row = lanes.cells()[r];
            double y = HEAD + (r - first) * rh;
            for (int c = 0; c < cols; c++) {
                if (row[c] > 0) {
                    double v = Math.sqrt(row[c]) / scale;
                    g.setFill(Color.rgb((int) (235 - 200 * v), (int) (240 - 160 * v), (int) (250 - 90 * v)));
                    g.fillRect(LABEL_W + c * cw, y, Math.max(cw, 1), Math.max(rh, 1));
                }
            }
            g.setFill(Color.BLACK);
            g.fillText(lanes.accountIds().get(r), 2, y + Math.min(rh, LANE_MIN) - 2, LABEL_W - 4);
            drawnLabels.add(lanes.accountIds().get(r));
        }
        g.setFill(Color.rgb(60, 60, 60));
        int ticks = (int) Math.max(2, w / 170);
        for (int i = 0; i < ticks; i++) {
            long t = lanes.range().fromMs() + (long) (i * (double) lanes.range().lengthMs() / ticks);
            g.fillText(TimeText.at(t, zone), LABEL_W + i * w / ticks + 2, HEAD + h + 12);
        }
        String rows = shown < lanes.rows() ? String.format("lanes %,d\u2013%,d of %,d accounts", first + 1,
                first + shown, lanes.rows()) : String.format("%,d accounts", lanes.rows());
        g.fillText(String.format("%s, %s per cell, %s %s", rows, BinSizes.label(lanes.binMs()),
                lanes.order() == ringscope.timeline.LaneOrder.SIMILARITY ? "by similarity" : "by first activity",
                lanes.note()), 2, HEAD - 3);
    }

    /** Shows the scroll bar at the right edge when {@code hidden} lanes do not fit, {@code shown} at a time. */
    private void layOutScroll(int hidden, int shown) {
        scroll.setVisible(hidden > 0);
        if (hidden > 0) {
            double bw = Math.max(scroll.prefWidth(-1), 12);
            scroll.resizeRelocate(getWidth() - bw, HEAD, bw, getHeight() - AXIS - HEAD);
            scroll.setMin(0);
            scroll.setMax(hidden);
            scroll.setVisibleAmount(Math.max(1, hidden * (double) shown / (hidden + shown)));
            scroll.setUnitIncrement(1);
            scroll.setBlockIncrement(shown);
            scroll.setValue(Math.min(scroll.getValue(), hidden));
        }
    }

    /** Side of a matrix cell in pixels at the current size. */
    private double matrixCell() {
        return Math.min(getWidth() - LABEL_W, getHeight() - AXIS) / matrix.size();
    }

    /**
     * "acct-1 × acct-2: r = 0.93" for the matrix cell under ({@code x}, {@code y}) in the chart's coordinates, or
     * empty outside the matrix: the hover text, since the row labels of a large matrix cannot all be drawn.
     */
    String matrixCellAt(double x, double y) {
        if (matrix == null || matrix.size() == 0) {
            return "";
        }
        double cell = matrixCell();
        int i = (int) Math.floor(y / cell);
        int j = (int) Math.floor((x - LABEL_W) / cell);
        if (x < LABEL_W || i < 0 || j < 0 || i >= matrix.size() || j >= matrix.size()) {
            return "";
        }
        return String.format("%s \u00d7 %s: r = %.2f", matrix.accountIds().get(i), matrix.accountIds().get(j),
                matrix.r()[i][j]);
    }

    private void hover(javafx.scene.input.MouseEvent e) {
        String text = matrixCellAt(e.getX(), e.getY());
        if (text.isEmpty()) {
            javafx.scene.control.Tooltip.uninstall(canvas, tip);
        } else {
            tip.setText(text);
            javafx.scene.control.Tooltip.install(canvas, tip);
        }
    }

    /**
     * The matrix with a row label on every row when rows are at least {@link #LANE_MIN} high, else on every k-th row
     * (k chosen so labels do not overlap; the hover text names any cell).
     */
    private void drawMatrix(GraphicsContext g) {
        int n = matrix.size();
        double cell = matrixCell();
        double side = cell * n;
        int step = (int) Math.ceil(LANE_MIN / cell);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = Math.max(-1, Math.min(1, matrix.r()[i][j]));
                g.setFill(v >= 0 ? Color.rgb((int) (255 - 220 * v), (int) (255 - 170 * v), 255)
                        : Color.rgb(255, (int) (255 + 200 * v), (int) (255 + 200 * v)));
                g.fillRect(LABEL_W + j * cell, i * cell, Math.ceil(cell), Math.ceil(cell));
            }
            if (i % step == 0) {
                g.setFill(Color.BLACK);
                g.fillText(matrix.accountIds().get(i), 2, i * cell + Math.min(Math.max(cell, LANE_MIN), 12) - 2);
                drawnLabels.add(matrix.accountIds().get(i));
            }
        }
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText(String.format("hourly correlation, %d accounts, mean off-diagonal r = %.2f%s %s", n,
                matrix.meanOffDiagonal(), step > 1 ? ", every " + step + (step == 2 ? "nd" : step == 3 ? "rd" : "th")
                        + " row labelled (hover for any cell)" : "", matrix.note()), LABEL_W, side + 12);
    }
}
