package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Counts, for pairs of selected accounts, the IP addresses both used (addresses used by at most
 * {@code maxValueAccounts} accounts; groups larger than {@code fullPairsUpTo} selected accounts are paired as a
 * chain), with the rows behind them and the rarest address. Used by the proxy-pool and relay rules.
 */
final class IpOverlap {
    /** What two accounts share. */
    static final class Shared {
        int addresses;
        long evidence;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        PairAccumulator.Candidate rarest;
    }

    private IpOverlap() {}

    /** Pair key (see {@link LinkSink#hashKey}) → what the pair shares, for accounts passing {@code selected}. */
    static Map<Long, Shared> among(RuleContext ctx, IntPredicate selected) {
        Map<Long, Shared> out = new LinkedHashMap<>(); // pairs in the order first found
        for (ValueGroup g : ctx.groups(TermKind.IP)) {
            if (g.accounts() < 2 || g.accounts() > ctx.params().maxValueAccounts()) {
                continue;
            }
            List<ValueUse> users = new ArrayList<>();
            for (ValueUse u : g.uses()) {
                if (selected.test(u.accountRef())) {
                    users.add(u);
                }
            }
            PairAccumulator.Candidate c = new PairAccumulator.Candidate(g.value(), g.termRef(), g.accounts());
            Pairing.pairs(users, ctx.params().fullPairsUpTo(), ctx.params().chainNeighbours(), (i, j) -> {
                ValueUse a = users.get(i);
                ValueUse b = users.get(j);
                Shared s = out.computeIfAbsent(LinkSink.hashKey(a.accountRef(), b.accountRef()), k -> new Shared());
                s.addresses++;
                s.evidence += (long) a.interactions() + b.interactions();
                s.first = Math.min(s.first, Math.min(a.firstMs(), b.firstMs()));
                s.last = Math.max(s.last, Math.max(a.lastMs(), b.lastMs()));
                if (s.rarest == null || c.accounts() < s.rarest.accounts()) {
                    s.rarest = c;
                }
            });
        }
        return out;
    }
}
