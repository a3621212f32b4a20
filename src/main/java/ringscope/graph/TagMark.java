package ringscope.graph;

import java.util.Objects;

/** A tag on a node as the graph shows it: its id (for filtering), name (for the legend) and colour {@code #RRGGBB}. */
public record TagMark(String id, String name, String colour) {
    public TagMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("a tag colour is #RRGGBB, not " + colour);
        }
        colour = colour.toUpperCase(java.util.Locale.ROOT);
    }
}
