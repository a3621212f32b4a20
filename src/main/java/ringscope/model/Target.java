package ringscope.model;

import java.util.Objects;

/**
 * One thing an analyst tags or writes a note on: a kind and a stable text key (see {@link TargetKind}). Ordered by
 * kind, then key. Rendered as {@code KIND:key} in the action log.
 *
 * @param kind what it is
 * @param key its stable key; 1 to {@value #MAX_KEY} characters
 */
public record Target(TargetKind kind, String key) implements Comparable<Target> {
    public static final int MAX_KEY = 400;
    public static final String CASE_KEY = "case";
    /** The case itself. */
    public static final Target CASE = new Target(TargetKind.CASE, CASE_KEY);

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("A target key needs 1 to " + MAX_KEY + " characters: " + kind);
        }
    }

    public static Target account(String accountId) {
        return new Target(TargetKind.ACCOUNT, accountId);
    }

    public static Target cluster(long clusterId) {
        return new Target(TargetKind.CLUSTER, Long.toString(clusterId));
    }

    public static Target link(long linkId) {
        return new Target(TargetKind.LINK, Long.toString(linkId));
    }

    public static Target hypothesis(String hypothesisId) {
        return new Target(TargetKind.HYPOTHESIS, hypothesisId);
    }

    @Override
    public int compareTo(Target o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
