package ringscope.ui.graph;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes the visible graph to a PNG file through a JavaFX snapshot (GraphStream's file sinks are unreliable,
 * STACK.md). Snapshot on the FX thread; the caller may write the file there too (a few MB at most).
 */
public final class PngExport {
    private PngExport() {}

    /** Draws {@code canvas} at {@code scale} (1 or 2) with full detail and writes it to {@code file}. */
    public static WritableImage write(GraphCanvas canvas, double scale, Path file) throws IOException {
        WritableImage image = canvas.snapshot(scale);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return image;
    }
}
