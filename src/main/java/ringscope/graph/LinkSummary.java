package ringscope.graph;

import java.util.Objects;
import ringscope.model.LinkRule;

/**
 * Links of one rule between two nodes, as the graph needs them: one stored link between two accounts
 * ({@code links == 1}, {@code linkId > 0}), or in the overview all links of one rule between two clusters
 * ({@code linkId == 0}).
 *
 * @param firstMs earliest evidence, epoch ms UTC (-1 unknown)
 * @param lastMs latest evidence, epoch ms UTC (-1 unknown)
 */
public record LinkSummary(String source, String target, LinkRule rule, double weight, int links, long linkId,
        long firstMs, long lastMs) {
    public LinkSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rule, "rule");
        if (source.equals(target)) {
            throw new IllegalArgumentException("a link needs two different ends: " + source);
        }
    }
}
