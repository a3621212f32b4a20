package ringscope.graph;

/** What a node's fill colour says. */
public enum ColourMode {
    /** One colour per cluster (an account takes its home cluster's). */
    CLUSTER,
    /** A light-to-dark ramp over the cluster score. */
    SCORE,
    /** The colour of the node's first tag; grey when untagged. */
    TAG
}
