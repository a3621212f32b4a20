package ringscope.graph;

/** What a node of a graph view stands for: a whole cluster (overview meta-node) or one account. */
public enum NodeKind {
    CLUSTER("c:"),
    ACCOUNT("a:");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The node key of the cluster id or account ref {@code id}: "c:42", "a:17". */
    public String key(long id) {
        return prefix + id;
    }

    /** The id inside a key of this kind; throws when the key is of another kind. */
    public long idOf(String key) {
        if (!key.startsWith(prefix)) {
            throw new IllegalArgumentException("not a " + this + " key: " + key);
        }
        return Long.parseLong(key.substring(prefix.length()));
    }

    /** The kind of a node key. */
    public static NodeKind ofKey(String key) {
        for (NodeKind k : values()) {
            if (key.startsWith(k.prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a node key: " + key);
    }
}
