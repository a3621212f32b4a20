package ringscope.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.Term;
import ringscope.model.TermKind;

/**
 * Maps repeated strings (IPs, user agents, models...) to integer ids so interaction rows stay narrow. Starts from the
 * terms already in the case; new terms are handed out by {@link #drainNew} to be written before the rows that use
 * them. New terms are written once, at the end of the import, in id order (sequential B-tree appends); memory grows
 * with the number of distinct values, not rows. Not thread-safe.
 */
final class TermDictionary {
    private final Map<TermKind, Map<String, Integer>> ids = new EnumMap<>(TermKind.class);
    private final List<Term> fresh = new ArrayList<>();
    private int nextId;

    TermDictionary(List<Term> existing, int nextId) {
        for (TermKind k : TermKind.values()) {
            ids.put(k, new HashMap<>());
        }
        for (Term t : existing) {
            ids.get(t.kind()).put(t.value(), t.id());
        }
        this.nextId = nextId;
    }

    /** The id of {@code value}, or 0 for null. */
    int idOf(TermKind kind, String value) {
        if (value == null) {
            return 0;
        }
        Map<String, Integer> m = ids.get(kind);
        Integer id = m.get(value);
        if (id != null) {
            return id;
        }
        int n = nextId++;
        m.put(value, n);
        fresh.add(new Term(n, kind, value));
        return n;
    }

    /** Terms created since the last call. */
    List<Term> drainNew() {
        List<Term> out = List.copyOf(fresh);
        fresh.clear();
        return out;
    }
}
