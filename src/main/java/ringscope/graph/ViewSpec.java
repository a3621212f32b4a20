package ringscope.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which graph view of an analysis run to show: the cluster overview, one opened cluster, or the neighbourhood of an
 * account within 1 or 2 hops; a cluster or neighbourhood may also be expanded in place by the 1-hop neighbours of some
 * of its accounts ({@code expanded}, in the order they were expanded). The view key names the stored layout and the
 * history entry, so every expansion state has its own layout and back/forward steps through expansions.
 */
public record ViewSpec(Kind kind, long id, int hops, List<Integer> expanded) {
    /** At most this many expansions on one view (the view key must fit the layout table's 200 characters). */
    public static final int MAX_EXPANSIONS = 16;

    /** What a view shows. */
    public enum Kind {
        OVERVIEW,
        CLUSTER,
        AROUND
    }

    public ViewSpec {
        Objects.requireNonNull(kind, "kind");
        expanded = List.copyOf(expanded);
        if (kind == Kind.AROUND && (hops < 1 || hops > 2)) {
            throw new IllegalArgumentException("a neighbourhood has 1 or 2 hops, not " + hops);
        }
        if (kind == Kind.OVERVIEW && !expanded.isEmpty()) {
            throw new IllegalArgumentException("the overview shows clusters: it cannot be expanded by accounts");
        }
        if (expanded.size() > MAX_EXPANSIONS || expanded.stream().distinct().count() < expanded.size()) {
            throw new IllegalArgumentException("at most " + MAX_EXPANSIONS + " distinct expansions: " + expanded);
        }
    }

    /** A view without expansions. */
    public ViewSpec(Kind kind, long id, int hops) {
        this(kind, id, hops, List.of());
    }

    public static ViewSpec overview() {
        return new ViewSpec(Kind.OVERVIEW, 0, 0);
    }

    public static ViewSpec cluster(long clusterId) {
        return new ViewSpec(Kind.CLUSTER, clusterId, 0);
    }

    public static ViewSpec around(int accountRef, int hops) {
        return new ViewSpec(Kind.AROUND, accountRef, hops);
    }

    /** Whether accounts of this view can be expanded (a cluster or a neighbourhood below the expansion limit). */
    public boolean canExpand() {
        return kind != Kind.OVERVIEW && expanded.size() < MAX_EXPANSIONS;
    }

    /** This view with {@code accountRef}'s 1-hop neighbours added (unchanged if already expanded). */
    public ViewSpec expand(int accountRef) {
        if (expanded.contains(accountRef)) {
            return this;
        }
        List<Integer> next = new ArrayList<>(expanded);
        next.add(accountRef);
        return new ViewSpec(kind, id, hops, next);
    }

    /** This view without {@code accountRef}'s expansion (unchanged if it was not expanded). */
    public ViewSpec collapse(int accountRef) {
        List<Integer> next = new ArrayList<>(expanded);
        next.remove(Integer.valueOf(accountRef));
        return new ViewSpec(kind, id, hops, next);
    }

    /** The same view without expansions. */
    public ViewSpec base() {
        return new ViewSpec(kind, id, hops);
    }

    /** "overview", "cluster:42", "around:17:2"; expansions follow as "+ref" ("cluster:42+17+93"). */
    public String viewKey() {
        String key = switch (kind) {
            case OVERVIEW -> "overview";
            case CLUSTER -> "cluster:" + id;
            case AROUND -> "around:" + id + ":" + hops;
        };
        return key + expanded.stream().map(r -> "+" + r).collect(Collectors.joining());
    }
}
