package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.BackendJ2D;
import org.graphstream.ui.view.GraphRenderer;
import org.graphstream.ui.view.LayerRenderer;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.camera.DefaultCamera2D;
import org.graphstream.ui.view.util.InteractiveElement;
import ringscope.graph.LevelOfDetail;

/**
 * A lean renderer for GraphStream's JavaFX viewer: GraphStream stays the graph model, the viewer, the camera and the
 * stylesheet; this class only replaces the per-element shape machinery of the stock {@code FxGraphRenderer} (which
 * costs 20-26 ms per redraw at 1k nodes and 3k edges here, see STACK.md) with batched canvas calls: one stroked path
 * per edge style and width, two ovals per node, and a level of detail that culls what is off screen, draws at most
 * {@link LevelOfDetail#EDGE_BUDGET} edges (heaviest first, edges of selected or highlighted nodes always) and only as
 * many labels as can be read. Colours, widths and line patterns come from the GraphStream CSS of each element's style
 * group. Hit testing is done here on the projected positions, so the mouse manager finds exactly what is drawn.
 *
 * <p>FX thread only (the viewer calls it from its timer and from layout passes).
 */
public final class LeanGraphRenderer implements GraphRenderer<Pane, GraphicsContext> {
    private final StylePalette palette = new StylePalette();
    private final FramePainter painter = new FramePainter(palette);
    private final ProjectedFrame frame = new ProjectedFrame();
    private GraphicGraph graph;
    private DefaultCamera2D camera;
    private BackendJ2D backend;
    private LevelOfDetail forcedDetail;
    private double[] band;
    private FrameStats last = FrameStats.NONE;
    private Consumer<FrameStats> onFrame = s -> {};

    @Override
    public void open(GraphicGraph g, Pane drawingSurface) {
        if (graph != null) {
            throw new IllegalStateException("renderer already open");
        }
        graph = g;
        camera = new DefaultCamera2D(g);
        backend = new BackendJ2D();
        backend.open(drawingSurface);
    }

    @Override
    public void close() {
        if (graph != null) {
            backend.close();
            graph = null;
            camera = null;
            backend = null;
        }
    }

    @Override
    public View createDefaultView(Viewer viewer, String id) {
        return new FxDefaultView(viewer, id, this);
    }

    @Override
    public Camera getCamera() {
        return camera;
    }

    /** The graph changed shape or style: rebuild the draw order before the next frame. */
    public void invalidate() {
        frame.invalidate();
        palette.clear();
    }

    /** Draw everything (for an export); null goes back to deciding per frame. */
    public void forceDetail(LevelOfDetail detail) {
        this.forcedDetail = detail;
    }

    /** Called after every frame with what it cost. */
    public void setOnFrame(Consumer<FrameStats> listener) {
        this.onFrame = listener == null ? s -> {} : listener;
    }

    public FrameStats lastFrame() {
        return last;
    }

    @Override
    public void render(GraphicsContext g, int x, int y, int width, int height) {
        if (graph == null) {
            return;
        }
        long began = System.nanoTime();
        Affine base = g.getTransform();
        backend.prepareNewFrame(g);
        camera.setBackend(backend);
        graph.computeBounds();
        camera.setBounds(graph);
        camera.setViewport(x, y, width, height);
        camera.pushView(graph);
        Affine toDevice = g.getTransform();
        camera.popView();
        g.setTransform(new Affine());
        double scale = Math.hypot(base.getMxx(), base.getMyx());
        frame.project(graph, toDevice, scale, width * scale, height * scale);
        LevelOfDetail detail = forcedDetail != null ? forcedDetail
                : LevelOfDetail.decide(frame.visibleNodes(), frame.countVisibleEdges(),
                        Math.abs(camera.getMetrics().ratioPx2Gu));
        FramePainter.Result r = painter.paint(g, frame, detail, scale, width * scale, height * scale, band);
        g.setTransform(base);
        last = new FrameStats(System.nanoTime() - began, frame.visibleNodes(), r.edgesVisible(), r.edgesDrawn(),
                r.labels());
        onFrame.accept(last);
    }

    @Override
    public GraphicElement findGraphicElementAt(EnumSet<InteractiveElement> types, double x, double y) {
        if (graph == null) {
            return null;
        }
        if (types.contains(InteractiveElement.NODE)) {
            GraphicElement n = frame.nodeAt(x, y);
            if (n != null) {
                return n;
            }
        }
        return types.contains(InteractiveElement.EDGE) ? frame.edgeAt(x, y) : null;
    }

    @Override
    public Collection<GraphicElement> allGraphicElementsIn(EnumSet<InteractiveElement> types, double x1, double y1,
            double x2, double y2) {
        List<GraphicElement> out = new ArrayList<>();
        if (graph != null && types.contains(InteractiveElement.NODE)) {
            out.addAll(frame.nodesIn(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)));
        }
        return out;
    }

    @Override
    public void beginSelectionAt(double x, double y) {
        band = new double[] {x, y, x, y};
    }

    @Override
    public void selectionGrowsAt(double x, double y) {
        if (band != null) {
            band[2] = x;
            band[3] = y;
        }
    }

    @Override
    public void endSelectionAt(double x, double y) {
        band = null;
    }

    @Override
    public void moveElementAtPx(GraphicElement element, double x, double y) {
        Point3 p = camera.transformPxToGu(x, y);
        element.move(p.x, p.y, element.getZ());
    }

    /** Not supported: the app exports through a JavaFX snapshot ({@link PngExport}); GraphStream's sinks are unreliable. */
    @Override
    public void screenshot(String filename, int width, int height) {
        throw new UnsupportedOperationException("use PngExport");
    }

    @Override
    public void setBackLayerRenderer(LayerRenderer<GraphicsContext> renderer) {
        // no back layer: the background is part of the frame
    }

    @Override
    public void setForeLayoutRenderer(LayerRenderer<GraphicsContext> renderer) {
        // no fore layer: the rubber band is part of the frame
    }
}
