package ringscope.graph;

import java.util.Objects;

/**
 * Which graph view of an analysis run to show: the cluster overview, one opened cluster, or the neighbourhood of an
 * account within 1 or 2 hops. The view key names the stored layout and the history entry.
 */
public record ViewSpec(Kind kind, long id, int hops) {
    /** What a view shows. */
    public enum Kind {
        OVERVIEW,
        CLUSTER,
        AROUND
    }

    public ViewSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.AROUND && (hops < 1 || hops > 2)) {
            throw new IllegalArgumentException("a neighbourhood has 1 or 2 hops, not " + hops);
        }
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

    /** "overview", "cluster:42", "around:17:2". */
    public String viewKey() {
        return switch (kind) {
            case OVERVIEW -> "overview";
            case CLUSTER -> "cluster:" + id;
            case AROUND -> "around:" + id + ":" + hops;
        };
    }
}
