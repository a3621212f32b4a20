package ringscope.model;

import java.util.Set;

/**
 * Which links of a run to list: rules (empty = all), tiers (empty = all), minimum weight, a time range the link's
 * evidence must overlap ({@code fromMs..toMs}, use {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} for open ends), and
 * at most {@code limit} links, heaviest first.
 */
public record LinkFilter(Set<LinkRule> rules, Set<LinkRule.Tier> tiers, double minWeight, long fromMs, long toMs,
        int limit) {
    public LinkFilter {
        rules = Set.copyOf(rules);
        tiers = Set.copyOf(tiers);
        if (limit < 0 || fromMs > toMs) {
            throw new IllegalArgumentException("limit >= 0 and fromMs <= toMs required");
        }
    }

    /** Every link, heaviest first, up to {@code limit}. */
    public static LinkFilter all(int limit) {
        return new LinkFilter(Set.of(), Set.of(), 0, Long.MIN_VALUE, Long.MAX_VALUE, limit);
    }

    public boolean accepts(LinkRecord l) {
        return (rules.isEmpty() || rules.contains(l.rule())) && (tiers.isEmpty() || tiers.contains(l.tier()))
                && l.weight() >= minWeight && (l.lastMs() < 0 || l.lastMs() >= fromMs)
                && (l.firstMs() < 0 || l.firstMs() <= toMs);
    }
}
