package ringscope.casefile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pictures of the app's views as the analyst left them, taken by the window at export (PNG bytes), and why any view
 * is missing: an export from the command line has no window, so it records that none were captured instead of
 * silently leaving them out. Each image becomes the bundle entry {@code views/<view>.png}, hashed like every entry.
 *
 * @param images the captured views, in the order the report shows them
 * @param notes why a view (or all of them) was not captured, for case.json and the report
 */
public record ViewImages(List<ViewImage> images, List<String> notes) {
    public ViewImages {
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }

    /** No pictures, for the stated reason (e.g. "exported from the command line, which has no window"). */
    public static ViewImages notCaptured(String reason) {
        return new ViewImages(List.of(), List.of("views not captured: " + reason));
    }

    /**
     * One view as a PNG.
     *
     * @param view short name, lower case letters and dashes: the entry is {@code views/<view>.png}
     * @param title what the report calls it ("Graph view")
     * @param png the encoded image
     * @param width in pixels
     * @param height in pixels
     */
    public record ViewImage(String view, String title, byte[] png, int width, int height) {
        private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,30}");

        public ViewImage {
            if (!NAME.matcher(view).matches()) {
                throw new IllegalArgumentException("view name " + view + " is not lower-case letters and dashes");
            }
            png = png.clone();
        }

        public String entry() {
            return CaseFileFormat.VIEWS_FOLDER + view + ".png";
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    /** The {@code views} member of case.json: what was captured (entry, size) and the notes. */
    ObjectNode tree() {
        ObjectNode o = CaseFileJson.mapper().createObjectNode();
        o.put("captured", !images.isEmpty());
        ArrayNode a = o.putArray("images");
        for (ViewImage i : images) {
            a.addObject().put("view", i.view()).put("title", i.title()).put("entry", i.entry())
                    .put("width", i.width()).put("height", i.height());
        }
        ArrayNode n = o.putArray("notes");
        notes.forEach(n::add);
        return o;
    }
}
