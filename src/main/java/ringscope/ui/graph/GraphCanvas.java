package ringscope.ui.graph;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import ringscope.graph.GraphStyles;
import ringscope.graph.GraphSync;
import ringscope.graph.LevelOfDetail;
import ringscope.graph.StyleOptions;
import ringscope.graph.VisualGraph;
import ringscope.model.NodePosition;

/**
 * The drawing surface of the graph tab: a GraphStream graph kept in step with a {@link VisualGraph} by
 * {@link GraphSync}, shown by GraphStream's JavaFX viewer with the {@link LeanGraphRenderer}. Mouse: click and
 * shift-click report the element to the listener, double-click opens, dragging a node moves it, dragging on empty
 * space draws a rectangle and reports the nodes inside it (shift: to add them), dragging with the middle button or
 * with Ctrl pans, the wheel zooms, the secondary button asks for a context menu. The panel sits in a
 * {@link StackPane} so hit testing sees it at (0, 0) (STACK.md). FX thread only; {@link #close()} stops the viewer's
 * timer.
 */
public final class GraphCanvas {
    /** What the canvas reports; keys are node keys ("c:42", "a:17") or edge keys ("e:a:1|a:2"). */
    public interface Listener {
        void clicked(String key, boolean shift);

        void doubleClicked(String key);

        void background();

        void dragged(String nodeKey, double x, double y);

        /** A rectangle was drawn on empty space; {@code nodeKeys} are the nodes drawn inside it. */
        void rectangle(Set<String> nodeKeys, boolean shift);

        /** A context menu is wanted at a screen point, over a node ({@code nodeKey}) or empty space (null). */
        void contextMenu(String nodeKey, double screenX, double screenY);
    }

    private static final EnumSet<InteractiveElement> PICKABLE = EnumSet.of(InteractiveElement.NODE,
            InteractiveElement.EDGE);

    /**
     * The graph model is the viewer's own {@link GraphicGraph}, changed on the FX thread: a separate graph piped into
     * it doubled every element and attribute event (measured: a third more FX time to show a 2,000-node, 8,000-edge
     * cluster).
     */
    private final GraphicGraph graph = graphicGraph();
    private final GraphSync sync = new GraphSync(graph, new GraphStyles());
    private final LeanGraphRenderer renderer = new LeanGraphRenderer();
    private final FxViewer viewer = new FxViewer(graph);
    private final FxViewPanel panel;
    private final StackPane root;
    private final Rectangle band = new Rectangle();
    private Listener listener;

    public GraphCanvas() {
        panel = (FxViewPanel) viewer.addDefaultView(false, renderer);
        panel.setMouseManager(new Mouse());
        band.setId("graphRubberBand");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
        band.setStyle("-fx-fill: rgba(30,110,220,0.12); -fx-stroke: rgb(30,110,220); -fx-stroke-dash-array: 4 3;");
        root = new StackPane(panel, band);
        root.setId("graphCanvas");
        root.setMinSize(200, 200);
    }

    /**
     * A graphic graph that keeps its style groups when they empty: each new edge joins the plain {@code edge} group
     * before its classes move it on, so with removal on, that group was dropped and built again for every edge.
     */
    private static GraphicGraph graphicGraph() {
        GraphicGraph g = new GraphicGraph("ringscope");
        g.getStyleGroups().setRemoveEmptyGroups(false);
        g.feedbackXYZ(true); // a dragged node's place is kept in its xyz attribute, where GraphSync reads it
        return g;
    }

    public void setListener(Listener next) {
        this.listener = next;
    }

    /** Shows {@code next} with the given positions, then fits it to the window. */
    public void show(VisualGraph next, StyleOptions options, Map<String, NodePosition> positions, boolean fit) {
        sync.show(next, options, positions);
        renderer.invalidate();
        if (fit) {
            panel.getCamera().resetView();
        }
    }

    /** Moves nodes (a finished layout). */
    public void move(Map<String, NodePosition> positions) {
        sync.move(positions.values());
        renderer.invalidate();
    }

    public void select(Set<String> keys) {
        sync.select(keys);
    }

    public void highlight(Set<String> keys) {
        sync.highlight(keys);
    }

    /** Where each shown node is now, with its pin. */
    public Map<String, NodePosition> positions() {
        return sync.positions();
    }

    public FrameStats lastFrame() {
        return renderer.lastFrame();
    }

    /** Centres the view on a node (after a search jump). */
    public void centreOn(String nodeKey) {
        NodePosition p = sync.positions().get(nodeKey);
        if (p != null) {
            panel.getCamera().setViewCenter(p.x(), p.y(), 0);
        }
    }

    /** The screen point where a node is drawn, if shown (for tests and tooltips). */
    public Optional<Point2D> screenPointOf(String nodeKey) {
        NodePosition p = sync.positions().get(nodeKey);
        if (p == null || panel.getScene() == null) {
            return Optional.empty();
        }
        Point3 px = panel.getCamera().transformGuToPx(p.x(), p.y(), 0);
        return Optional.ofNullable(panel.localToScreen(px.x, px.y));
    }

    /** The shown nodes drawn inside {@code area} (in the canvas's own coordinates), in no particular order. */
    public Set<String> nodesInside(Bounds area) {
        Set<String> inside = new LinkedHashSet<>();
        for (NodePosition p : sync.positions().values()) {
            Point3 px = panel.getCamera().transformGuToPx(p.x(), p.y(), 0);
            if (area.contains(px.x, px.y)) {
                inside.add(p.nodeKey());
            }
        }
        return inside;
    }

    /**
     * The visible graph drawn at {@code scale} times the on-screen size with every edge and label (no level of
     * detail), as an image for export.
     */
    public WritableImage snapshot(double scale) {
        double w = Math.max(1, panel.getWidth());
        double h = Math.max(1, panel.getHeight());
        Canvas off = new Canvas(w * scale, h * scale);
        GraphicsContext g = off.getGraphicsContext2D();
        g.setTransform(new Affine(Affine.scale(scale, scale)));
        renderer.forceDetail(LevelOfDetail.full());
        try {
            renderer.render(g, 0, 0, (int) w, (int) h);
        } finally {
            renderer.forceDetail(null);
        }
        WritableImage image = off.snapshot(null, null);
        renderer.render(panel.getGraphics(), 0, 0, (int) w, (int) h);
        return image;
    }

    public Node node() {
        return root;
    }

    /** Stops the viewer's redraw timer. */
    public void close() {
        viewer.close();
    }

    /**
     * Reports clicks to the listener instead of GraphStream's own selection; moves dragged nodes; draws the selection
     * rectangle; pans; zooms; asks for the context menu.
     */
    private final class Mouse implements MouseManager {
        private View view;
        private GraphicElement pressed;
        private Gesture gesture = Gesture.NONE;
        private double startX;
        private double startY;
        private double lastX;
        private double lastY;
        private boolean moved;
        private final javafx.event.EventHandler<MouseEvent> onPress = this::press;
        private final javafx.event.EventHandler<MouseEvent> onDrag = this::drag;
        private final javafx.event.EventHandler<MouseEvent> onRelease = this::release;
        private final javafx.event.EventHandler<ScrollEvent> onScroll = this::scroll;
        private final javafx.event.EventHandler<ContextMenuEvent> onMenu = this::menu;

        @Override
        public void init(GraphicGraph g, View v) {
            this.view = v;
            panel.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            panel.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
            panel.addEventHandler(ScrollEvent.SCROLL, onScroll);
            panel.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
        }

        @Override
        public void release() {
            panel.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            panel.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            panel.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
            panel.removeEventHandler(ScrollEvent.SCROLL, onScroll);
            panel.removeEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return PICKABLE;
        }

        private void press(MouseEvent e) {
            startX = e.getX();
            startY = e.getY();
            lastX = startX;
            lastY = startY;
            moved = false;
            pressed = null;
            gesture = gestureOf(e);
            if (gesture != Gesture.ELEMENT || listener == null) {
                return;
            }
            pressed = view.findGraphicElementAt(PICKABLE, e.getX(), e.getY());
            if (pressed == null) {
                gesture = e.isShortcutDown() ? Gesture.PAN : Gesture.BAND;
            } else if (e.getClickCount() >= 2) {
                listener.doubleClicked(pressed.getId());
            } else {
                listener.clicked(pressed.getId(), e.isShiftDown() || e.isShortcutDown());
            }
        }

        private Gesture gestureOf(MouseEvent e) {
            return switch (e.getButton()) {
                case PRIMARY -> Gesture.ELEMENT;
                case MIDDLE -> Gesture.PAN;
                default -> Gesture.NONE;
            };
        }

        private void drag(MouseEvent e) {
            if (Math.abs(e.getX() - startX) + Math.abs(e.getY() - startY) < 2 && !moved) {
                return;
            }
            moved = true;
            switch (gesture) {
                case ELEMENT -> {
                    if (pressed != null && !pressed.getId().startsWith("e:")) {
                        view.moveElementAtPx(pressed, e.getX(), e.getY());
                    }
                }
                case BAND -> showBand(e.getX(), e.getY());
                case PAN -> pan(e.getX(), e.getY());
                default -> { }
            }
        }

        private void showBand(double x, double y) {
            band.setX(Math.min(startX, x));
            band.setY(Math.min(startY, y));
            band.setWidth(Math.abs(x - startX));
            band.setHeight(Math.abs(y - startY));
            band.setVisible(true);
        }

        private void pan(double x, double y) {
            Point3 a = panel.getCamera().transformPxToGu(lastX, lastY);
            Point3 b = panel.getCamera().transformPxToGu(x, y);
            Point3 c = panel.getCamera().getViewCenter();
            panel.getCamera().setViewCenter(c.x - (b.x - a.x), c.y - (b.y - a.y), 0);
            lastX = x;
            lastY = y;
        }

        private void release(MouseEvent e) {
            if (listener != null) {
                if (gesture == Gesture.ELEMENT && moved && pressed != null && !pressed.getId().startsWith("e:")) {
                    Point3 p = panel.getCamera().transformPxToGu(e.getX(), e.getY());
                    listener.dragged(pressed.getId(), p.x, p.y);
                } else if (gesture == Gesture.BAND && moved) {
                    Bounds area = new BoundingBox(Math.min(startX, e.getX()), Math.min(startY, e.getY()),
                            Math.abs(e.getX() - startX), Math.abs(e.getY() - startY));
                    listener.rectangle(nodesInside(area), e.isShiftDown());
                } else if (gesture == Gesture.BAND && e.getClickCount() == 1 && !e.isShiftDown()) {
                    listener.background();
                }
            }
            band.setVisible(false);
            pressed = null;
            moved = false;
            gesture = Gesture.NONE;
        }

        private void scroll(ScrollEvent e) {
            double factor = e.getDeltaY() > 0 ? 0.85 : 1.0 / 0.85;
            double next = Math.max(0.02, Math.min(2.0, panel.getCamera().getViewPercent() * factor));
            panel.getCamera().setViewPercent(next);
        }

        private void menu(ContextMenuEvent e) {
            if (listener != null) {
                GraphicElement at = view.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), e.getX(), e.getY());
                listener.contextMenu(at == null ? null : at.getId(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        }
    }

    /** What a mouse drag does, decided when the button goes down. */
    private enum Gesture {
        NONE,
        /** Pressed on a node or link: click, double-click, move the node. */
        ELEMENT,
        /** Pressed on empty space: the selection rectangle. */
        BAND,
        PAN
    }
}
