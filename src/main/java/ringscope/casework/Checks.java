package ringscope.casework;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ringscope.model.Target;
import ringscope.model.TargetKind;

/** Input rules shared by the commands; failures are {@link CaseworkException}s of kind INVALID. Stateless. */
final class Checks {
    private Checks() {}

    /** {@code value} stripped; refused when blank or longer than {@code max}. */
    static String name(String value, int max, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw invalid(what + " may not be empty");
        }
        if (v.length() > max) {
            throw invalid(what + " may have at most " + max + " characters");
        }
        return v;
    }

    /** {@code value} as is (null: empty); refused when longer than {@code max}. */
    static String text(String value, int max, String what) {
        String v = value == null ? "" : value;
        if (v.length() > max) {
            throw invalid(what + " may have at most " + max + " characters");
        }
        return v;
    }

    /** {@code #RRGGBB} in upper case; accepts lower case and a missing '#'. */
    static String colour(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!v.startsWith("#")) {
            v = "#" + v;
        }
        if (!v.matches("#[0-9A-F]{6}")) {
            throw invalid("A colour is written #RRGGBB, for example #D62728");
        }
        return v;
    }

    /** At least one target, no duplicates (order kept). */
    static List<Target> targets(List<Target> targets) {
        if (targets == null || targets.isEmpty()) {
            throw invalid("Select at least one account, link or cluster first");
        }
        return targets.stream().distinct().toList();
    }

    static CaseworkException invalid(String message) {
        return new CaseworkException(CaseworkException.Kind.INVALID, message);
    }

    /** "CLUSTER:17" for one target, "3 clusters" or "2 accounts and 1 link" for several. */
    static String describe(List<Target> targets) {
        if (targets.size() == 1) {
            return targets.get(0).toString();
        }
        Map<TargetKind, Integer> counts = new TreeMap<>();
        targets.forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (Map.Entry<TargetKind, Integer> e : counts.entrySet()) {
            if (i > 0) {
                b.append(i == counts.size() - 1 ? " and " : ", ");
            }
            String noun = e.getKey().name().toLowerCase(Locale.ROOT);
            b.append(e.getValue()).append(' ').append(noun).append(e.getValue() == 1 ? "" : "s");
            i++;
        }
        return b.toString();
    }

    /** The log target of an action on several targets: the target itself, or {@code SELECTION:n}. */
    static String logTarget(List<Target> targets) {
        return targets.size() == 1 ? targets.get(0).toString() : "SELECTION:" + targets.size();
    }
}
