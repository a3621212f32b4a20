package ringscope.ui.timeline;

import java.time.ZoneId;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import ringscope.timeline.BinSizes;
import ringscope.timeline.CorrelationMatrix;
import ringscope.timeline.SwimlaneMatrix;

/**
 * A canvas heat map for either aligned swimlanes (one strip per account, darker = more interactions, square-root
 * scale; hour labels in the chosen zone) or a correlation matrix (blue positive, red negative). UI thread.
 */
final class HeatChart extends Pane {
    private static final double LABEL_W = 120;
    private static final double AXIS = 16;
    private final Canvas canvas = new Canvas();
    private SwimlaneMatrix lanes;
    private CorrelationMatrix matrix;
    private ZoneId zone = ZoneId.of("UTC");

    HeatChart() {
        getChildren().add(canvas);
        setMinHeight(100);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
    }

    void showLanes(SwimlaneMatrix m, ZoneId z) {
        lanes = m;
        matrix = null;
        zone = z;
        redraw();
    }

    void showMatrix(CorrelationMatrix m) {
        matrix = m;
        lanes = null;
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(Font.font(10));
        if (lanes != null && lanes.rows() > 0) {
            drawLanes(g);
        } else if (matrix != null && matrix.size() > 0) {
            drawMatrix(g);
        } else {
            g.setFill(Color.GRAY);
            g.fillText("Choose a cluster, a tag or accounts to see aligned swimlanes and correlation", 10, 20);
        }
    }

    private void drawLanes(GraphicsContext g) {
        double w = getWidth() - LABEL_W;
        double h = getHeight() - AXIS;
        int cols = lanes.columns();
        double cw = w / cols;
        double rh = h / lanes.rows();
        double scale = Math.sqrt(Math.max(1, lanes.maxCell()));
        for (int r = 0; r < lanes.rows(); r++) {
            int[] row = lanes.cells()[r];
            double y = r * rh;
            for (int c = 0; c < cols; c++) {
                if (row[c] > 0) {
                    double v = Math.sqrt(row[c]) / scale;
                    g.setFill(Color.rgb((int) (235 - 200 * v), (int) (240 - 160 * v), (int) (250 - 90 * v)));
                    g.fillRect(LABEL_W + c * cw, y, Math.max(cw, 1), Math.max(rh, 1));
                }
            }
            if (rh >= 9) {
                g.setFill(Color.BLACK);
                g.fillText(lanes.accountIds().get(r), 2, y + Math.min(rh, 12) - 2);
            }
        }
        g.setFill(Color.rgb(60, 60, 60));
        int ticks = (int) Math.max(2, w / 170);
        for (int i = 0; i < ticks; i++) {
            long t = lanes.range().fromMs() + (long) (i * (double) lanes.range().lengthMs() / ticks);
            g.fillText(TimeText.at(t, zone), LABEL_W + i * w / ticks + 2, h + 12);
        }
        g.fillText(String.format("%,d accounts, %s per cell, %s %s", lanes.rows(), BinSizes.label(lanes.binMs()),
                lanes.order() == ringscope.timeline.LaneOrder.SIMILARITY ? "by similarity" : "by first activity",
                lanes.note()), 2, h + 12 > 14 ? 12 : h);
    }

    private void drawMatrix(GraphicsContext g) {
        int n = matrix.size();
        double side = Math.min(getWidth() - LABEL_W, getHeight() - AXIS);
        double cell = side / n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = Math.max(-1, Math.min(1, matrix.r()[i][j]));
                g.setFill(v >= 0 ? Color.rgb((int) (255 - 220 * v), (int) (255 - 170 * v), 255)
                        : Color.rgb(255, (int) (255 + 200 * v), (int) (255 + 200 * v)));
                g.fillRect(LABEL_W + j * cell, i * cell, Math.ceil(cell), Math.ceil(cell));
            }
            if (cell >= 9) {
                g.setFill(Color.BLACK);
                g.fillText(matrix.accountIds().get(i), 2, i * cell + Math.min(cell, 12) - 2);
            }
        }
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText(String.format("hourly correlation, %d accounts, mean off-diagonal r = %.2f %s", n,
                matrix.meanOffDiagonal(), matrix.note()), LABEL_W, side + 12);
    }
}
