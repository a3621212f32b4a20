package ringscope.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import ringscope.model.LinkRule;

/**
 * One edge of a graph view: all links between two accounts (or, in the overview, between two clusters) folded into
 * one line. Its style follows the strongest tier and the heaviest rule; its width follows the summed weight.
 *
 * @param key "e:&lt;source&gt;|&lt;target&gt;" with the two node keys in order
 * @param linkIds the stored links behind it (empty for overview meta-edges, which stand for many)
 * @param links how many links it folds
 * @param weight summed link weight
 * @param firstMs earliest evidence, epoch ms UTC (-1 unknown)
 * @param lastMs latest evidence, epoch ms UTC (-1 unknown)
 */
public record VisualEdge(String key, String source, String target, Set<LinkRule> rules, LinkRule heaviestRule,
        LinkRule.Tier tier, double weight, int links, List<Long> linkIds, long firstMs, long lastMs) {
    public VisualEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(heaviestRule, "heaviestRule");
        Objects.requireNonNull(tier, "tier");
        rules = Set.copyOf(rules);
        linkIds = List.copyOf(linkIds);
        if (!key.equals(keyOf(source, target))) {
            throw new IllegalArgumentException("edge key " + key + " does not match " + source + " and " + target);
        }
    }

    /** The key of the edge between two nodes, whichever order they come in. */
    public static String keyOf(String a, String b) {
        return a.compareTo(b) <= 0 ? "e:" + a + "|" + b : "e:" + b + "|" + a;
    }

    /** Whether {@code nodeKey} is one of the two ends. */
    public boolean touches(String nodeKey) {
        return source.equals(nodeKey) || target.equals(nodeKey);
    }

    /** The end that is not {@code nodeKey}. */
    public String other(String nodeKey) {
        return source.equals(nodeKey) ? target : source;
    }
}
