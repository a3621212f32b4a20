package ringscope.graph;

import java.util.Objects;

/**
 * How nodes are drawn: what the colour says, and whether the size follows the traffic volume (else clusters follow
 * their member count and accounts are all one size).
 */
public record StyleOptions(ColourMode colour, boolean sizeByVolume) {
    public StyleOptions {
        Objects.requireNonNull(colour, "colour");
    }

    public static StyleOptions defaults() {
        return new StyleOptions(ColourMode.SCORE, true);
    }
}
