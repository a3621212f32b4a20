package ringscope.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.LinkRule;

/**
 * The rule byte of a packed chunk ({@link ClusterLinkChunks}, {@link ClusterPairChunks}): an index into the chunk's own
 * comma-separated rule names, so a stored chunk does not depend on the order of {@link LinkRule}. One per chunk.
 */
final class RuleBytes {
    private final Map<LinkRule, Integer> index = new LinkedHashMap<>();

    /** The byte for {@code rule} in this chunk (numbered in order of first use). */
    byte of(LinkRule rule) {
        return (byte) (int) index.computeIfAbsent(rule, r -> index.size());
    }

    /** The chunk's rule names, comma-separated, in byte order. */
    String names() {
        return String.join(",", index.keySet().stream().map(LinkRule::name).toList());
    }

    /** The rules a chunk's bytes point to, from its stored names. */
    static List<LinkRule> parse(String names) {
        List<LinkRule> rules = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isEmpty()) {
                rules.add(LinkRule.valueOf(name));
            }
        }
        return rules;
    }
}
