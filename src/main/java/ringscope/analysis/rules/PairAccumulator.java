package ringscope.analysis.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * Folds the values one rule finds shared by a pair into ONE link per pair: the weights add up (capped at
 * {@code 2 × tier weight} for strong and medium rules, so no rule dominates a pair through sheer repetition, and at
 * the tier weight for weak rules, so that a weak rule alone never binds a pair however many values it finds: two
 * rare user agents are still one weak signal), evidence rows add up, the time span
 * widens, and the link shows the rarest value ("10.9.1.2", detail "+22 more IPs"). Not thread-safe.
 */
final class PairAccumulator {
    /** A value as found; registered with the sink only if some pair shows it. */
    record Candidate(String text, int ref, int accounts) {}

    private static final class Acc {
        Candidate shown;
        double weight;
        long evidence;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int values;
        String note;
    }

    private final LinkRule rule;
    private final String unit;
    private final double cap;
    private final Map<Long, Acc> pairs = new LinkedHashMap<>();

    /** @param unit plural noun for the detail ("IPs", "templates") */
    PairAccumulator(LinkRule rule, String unit) {
        this.rule = rule;
        this.unit = unit;
        this.cap = cap(rule.tier());
    }

    /** Largest weight of one folded link of a rule of this tier. */
    static double cap(LinkRule.Tier tier) {
        return (tier == LinkRule.Tier.WEAK ? 1 : 2) * Commonness.tierWeight(tier);
    }

    void add(int a, int b, Candidate v, double weight, long evidence, long first, long last) {
        add(a, b, v, weight, evidence, first, last, null);
    }

    /** {@link #add} with a note for the link's detail on how this value was weighed (null: none; the last one kept). */
    void add(int a, int b, Candidate v, double weight, long evidence, long first, long last, String note) {
        Acc acc = pairs.computeIfAbsent(LinkSink.hashKey(a, b), k -> new Acc());
        if (note != null) {
            acc.note = note;
        }
        if (acc.shown == null || v.accounts() < acc.shown.accounts()) {
            acc.shown = v;
        }
        acc.weight += weight;
        acc.evidence += evidence;
        acc.first = Math.min(acc.first, first);
        acc.last = Math.max(acc.last, last);
        acc.values++;
    }

    /** Emits one link per pair into {@code out} and forgets the pairs. */
    void flush(LinkSink out) {
        Map<Candidate, SharedValue> registered = new HashMap<>();
        pairs.forEach((key, acc) -> {
            SharedValue v = registered.computeIfAbsent(acc.shown, c -> out.value(rule, c.text(), c.ref(),
                    c.accounts()));
            String more = acc.values <= 1 ? "" : "+" + (acc.values - 1) + " more " + unit;
            String detail = acc.note == null ? more : more.isEmpty() ? acc.note : more + "; " + acc.note;
            out.link(v, LinkSink.lowOf(key), LinkSink.highOf(key), Math.min(cap, acc.weight), acc.evidence,
                    acc.first == Long.MAX_VALUE ? -1 : acc.first, acc.last == Long.MIN_VALUE ? -1 : acc.last, detail);
        });
        pairs.clear();
    }
}
