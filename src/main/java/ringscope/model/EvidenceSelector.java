package ringscope.model;

import java.util.List;

/**
 * Which source rows stand behind a link, in the order they are listed: the two account rows (when
 * {@code accountRows}), the given events, the payment rows of {@code paymentInstrument} (null: none), then the
 * interactions of the two accounts (when {@code interactions}) restricted to the terms {@code termRefs} of
 * {@code termKind} (empty list: all interactions of the two).
 */
public record EvidenceSelector(int accountA, int accountB, boolean accountRows, List<Long> eventIds,
        String paymentInstrument, boolean interactions, TermKind termKind, List<Integer> termRefs) {
    public EvidenceSelector {
        eventIds = List.copyOf(eventIds);
        termRefs = List.copyOf(termRefs);
        if (!termRefs.isEmpty() && termKind == null) {
            throw new IllegalArgumentException("term refs need their kind");
        }
    }

    /** The two account rows only. */
    public static EvidenceSelector accounts(int a, int b) {
        return new EvidenceSelector(a, b, true, List.of(), null, false, null, List.of());
    }

    /** The interactions of the two accounts that carry one of the given terms. */
    public static EvidenceSelector interactionsWith(int a, int b, TermKind kind, List<Integer> terms) {
        return new EvidenceSelector(a, b, false, List.of(), null, true, kind, terms);
    }

    /** Every interaction of the two accounts. */
    public static EvidenceSelector allInteractions(int a, int b) {
        return new EvidenceSelector(a, b, false, List.of(), null, true, null, List.of());
    }
}
