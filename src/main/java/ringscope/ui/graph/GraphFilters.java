package ringscope.ui.graph;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.graph.GraphFilter;
import ringscope.graph.VisualNode;
import ringscope.model.LinkRule;
import ringscope.model.Tag;
import ringscope.model.TimeRange;

/**
 * The graph tab's filter as commands over one {@link GraphFilter} value: links by rule, tier, weight and the case-wide
 * time range; accounts and clusters by minimum score, a casework tag and an attribute containing a text. Also the
 * choices the filter bar offers (the case's tags, the attributes of the open view's nodes). The graph repaints on
 * every change of {@link #filterProperty()}. UI thread.
 */
public final class GraphFilters {
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(this, "filter", GraphFilter.none());
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();

    /** Shows links of one rule only (null: every rule). */
    public void setRule(LinkRule rule) {
        filter.set(filter.get().withRules(rule == null ? Set.of() : Set.of(rule)));
    }

    /** Shows links of at least this precision tier (null: every tier). */
    public void setMinTier(LinkRule.Tier tier) {
        Set<LinkRule.Tier> tiers = tier == null ? Set.of() : EnumSet.range(LinkRule.Tier.STRONG, tier);
        filter.set(filter.get().withTiers(tiers));
    }

    public void setMinWeight(double weight) {
        filter.set(filter.get().withMinWeight(weight));
    }

    /** Shows clusters (accounts: their home cluster) scoring at least {@code score}, in [0, 1]. */
    public void setMinScore(double score) {
        filter.set(filter.get().withMinScore(score));
    }

    /** Shows nodes carrying this casework tag (null: any node). */
    public void setTag(Tag tag) {
        filter.set(filter.get().withTags(tag == null ? Set.of() : Set.of(tag.id())));
    }

    /**
     * Shows nodes whose attribute {@code key} contains {@code text}, ignoring case; an empty or null key looks in the
     * label and every attribute; blank text turns the attribute filter off.
     */
    public void setAttribute(String key, String text) {
        filter.set(filter.get().withAttribute(key == null ? "" : key, text == null ? "" : text));
    }

    /** Follows the case-wide time filter (the timeline's brush); null shows all time again. */
    public void followTime(ObservableValue<TimeRange> range) {
        range.addListener((o, before, r) -> filter.set(r == null
                ? filter.get().withTime(Long.MIN_VALUE, Long.MAX_VALUE)
                : filter.get().withTime(r.fromMs(), r.toMs())));
    }

    /** The case's active tags, as offered by the tag filter; a chosen tag that is gone stops filtering. */
    void setTags(List<Tag> next) {
        tags.setAll(next);
        Set<String> live = new TreeSet<>();
        next.forEach(t -> live.add(t.id()));
        if (!live.containsAll(filter.get().tagIds())) {
            filter.set(filter.get().withTags(Set.of()));
        }
    }

    /** The attribute names of the shown view's nodes, sorted, as offered by the attribute filter. */
    void setAttributesOf(Collection<VisualNode> nodes) {
        Set<String> keys = new TreeSet<>();
        nodes.forEach(n -> keys.addAll(n.attributes().keySet()));
        if (!attributes.equals(List.copyOf(keys))) {
            attributes.setAll(keys);
        }
    }

    /** Whether the filter selects by tag (the nodes' tags must then be re-read when tags change). */
    boolean usesTags() {
        return !filter.get().tagIds().isEmpty();
    }

    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<String> attributes() {
        return attributes;
    }
}
