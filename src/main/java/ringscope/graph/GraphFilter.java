package ringscope.graph;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import ringscope.model.LinkRule;

/**
 * What a graph view shows of its data. Links: by rule (empty = all), precision tier (empty = all), minimum weight and
 * a time range their evidence must overlap. Nodes: minimum score, tags (empty = any; a node needs one of them) and an
 * attribute containing a text (case-insensitive; empty text = no attribute filter). A hidden node hides its links.
 */
public record GraphFilter(Set<LinkRule> rules, Set<LinkRule.Tier> tiers, double minWeight, long fromMs, long toMs,
        double minScore, Set<String> tagIds, String attribute, String attributeText) {
    public GraphFilter {
        rules = Set.copyOf(rules);
        tiers = Set.copyOf(tiers);
        tagIds = Set.copyOf(tagIds);
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(attributeText, "attributeText");
        if (fromMs > toMs) {
            throw new IllegalArgumentException("a time filter needs from <= to");
        }
    }

    /** Shows everything. */
    public static GraphFilter none() {
        return new GraphFilter(Set.of(), Set.of(), 0, Long.MIN_VALUE, Long.MAX_VALUE, 0, Set.of(), "", "");
    }

    public boolean accepts(LinkSummary l) {
        return (rules.isEmpty() || rules.contains(l.rule()))
                && (tiers.isEmpty() || tiers.contains(l.rule().tier()))
                && l.weight() >= minWeight
                && (l.lastMs() < 0 || l.lastMs() >= fromMs)
                && (l.firstMs() < 0 || l.firstMs() <= toMs);
    }

    public boolean accepts(VisualNode n) {
        if (n.score() < minScore) {
            return false;
        }
        if (!tagIds.isEmpty() && n.tags().stream().noneMatch(t -> tagIds.contains(t.id()))) {
            return false;
        }
        if (attributeText.isBlank()) {
            return true;
        }
        String needle = attributeText.strip().toLowerCase(Locale.ROOT);
        if (attribute.isEmpty()) {
            return n.label().toLowerCase(Locale.ROOT).contains(needle) || n.attributes().values().stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle));
        }
        return n.attributes().getOrDefault(attribute, "").toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Whether this filter hides anything at all. */
    public boolean isNone() {
        return equals(none());
    }

    public GraphFilter withRules(Set<LinkRule> next) {
        return new GraphFilter(next, tiers, minWeight, fromMs, toMs, minScore, tagIds, attribute, attributeText);
    }

    public GraphFilter withTiers(Set<LinkRule.Tier> next) {
        return new GraphFilter(rules, next, minWeight, fromMs, toMs, minScore, tagIds, attribute, attributeText);
    }

    public GraphFilter withMinWeight(double next) {
        return new GraphFilter(rules, tiers, next, fromMs, toMs, minScore, tagIds, attribute, attributeText);
    }

    public GraphFilter withTime(long from, long to) {
        return new GraphFilter(rules, tiers, minWeight, from, to, minScore, tagIds, attribute, attributeText);
    }

    public GraphFilter withMinScore(double next) {
        return new GraphFilter(rules, tiers, minWeight, fromMs, toMs, next, tagIds, attribute, attributeText);
    }

    public GraphFilter withTags(Set<String> next) {
        return new GraphFilter(rules, tiers, minWeight, fromMs, toMs, minScore, next, attribute, attributeText);
    }

    public GraphFilter withAttribute(String key, String text) {
        return new GraphFilter(rules, tiers, minWeight, fromMs, toMs, minScore, tagIds, key, text);
    }
}
