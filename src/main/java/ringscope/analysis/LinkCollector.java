package ringscope.analysis;

import java.util.ArrayList;
import java.util.List;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * Collects the links the rules find. Commonness-aware: a value shared by n accounts gives each pair a weight of
 * {@code tierWeight × 2 / log2(1 + n)} (n = 2 → 1.26; 10 → 0.58; 300 → 0.24), and the explanation says how many
 * accounts share it. Values shared by more than {@code fullPairsUpTo} accounts link each account to its next
 * {@code chainNeighbours} in account order only, which keeps them connected without n² pairs. Not thread-safe.
 */
final class LinkCollector {
    static final int FULL_PAIRS_UP_TO = 40;
    static final int CHAIN_NEIGHBOURS = 8;

    private final List<LinkRecord> links = new ArrayList<>();

    static double tierWeight(LinkRule rule) {
        return switch (rule.tier()) {
            case STRONG -> 3.0;
            case MEDIUM -> 1.0;
            case WEAK -> 0.3;
        };
    }

    static double commonness(int accounts) {
        return 2.0 / (Math.log(1 + Math.max(2, accounts)) / Math.log(2));
    }

    /** One link between two accounts; {@code a != b}; the pair is normalised so that a < b. */
    void add(LinkRule rule, int a, int b, double weight, String value, int termRef, int valueAccounts,
            long evidenceRows, long firstMs, long lastMs) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        String why = explain(rule, value, valueAccounts, evidenceRows);
        links.add(new LinkRecord(0, lo, hi, rule, weight, value, termRef, valueAccounts, evidenceRows, firstMs, lastMs,
                why));
    }

    private static String explain(LinkRule rule, String value, int valueAccounts, long rows) {
        String common = valueAccounts <= 2 ? "only these two accounts have it"
                : String.format("this value is shared by %,d accounts", valueAccounts);
        return String.format("The two accounts %s (%s): %s; %,d source rows.", rule.phrase(), cut(value), common, rows);
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    List<LinkRecord> links() {
        return links;
    }
}
