package ringscope.ui.casefile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import ringscope.casefile.ViewImages;

/**
 * One view of the window as the analyst left it, taken for a case-file export: its pixels copied out of a JavaFX
 * snapshot on the UI thread (a few milliseconds), encoded to PNG later on the export's worker; or, when there was
 * nothing to take, why not.
 *
 * @param view short name; the bundle entry is {@code views/<view>.png}
 * @param title what the report calls it
 * @param width pixels (0 when not captured)
 * @param height pixels (0 when not captured)
 * @param argb the pixels, row by row (empty when not captured)
 * @param missing why it was not captured (empty when it was)
 */
public record CapturedView(String view, String title, int width, int height, int[] argb, String missing) {
    /** Smaller than this in either direction, a view was never laid out on screen: nothing worth a picture. */
    private static final int MIN_SIDE = 8;

    /** Copies the pixels of {@code image}. UI thread. */
    public static CapturedView of(String view, String title, Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w < MIN_SIDE || h < MIN_SIDE) {
            return notCaptured(view, title, "it was never shown in this session");
        }
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return new CapturedView(view, title, w, h, px, "");
    }

    /** A snapshot of {@code node} at its current size and state. UI thread. */
    public static CapturedView snapshot(String view, String title, Node node) {
        if (node.getLayoutBounds().getWidth() < MIN_SIDE || node.getLayoutBounds().getHeight() < MIN_SIDE) {
            return notCaptured(view, title, "it was never shown in this session");
        }
        return of(view, title, node.snapshot(null, null));
    }

    public static CapturedView notCaptured(String view, String title, String why) {
        return new CapturedView(view, title, 0, 0, new int[0], why);
    }

    /** The PNGs of the captured views and a note for each one that was not. Worker thread (encoding takes time). */
    public static ViewImages encode(List<CapturedView> views) {
        List<ViewImages.ViewImage> images = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CapturedView v : views) {
            if (v.missing().isEmpty()) {
                images.add(new ViewImages.ViewImage(v.view(), v.title(), v.png(), v.width(), v.height()));
            } else {
                notes.add(v.title() + " not captured: " + v.missing());
            }
        }
        return new ViewImages(images, notes);
    }

    private byte[] png() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the picture of the " + title, e);
        }
        return out.toByteArray();
    }
}
