package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.store.AccountLookup;

/**
 * Medium rule {@link LinkRule#SHARED_IP}: two accounts used the same IP address within {@code ipWindowHours} of
 * each other (their first..last use of the address, widened by the window, overlap). Addresses are reassigned over
 * time (dynamic residential pools, CGNAT), so a use months apart says nothing. Reads {@code maxValueAccounts} (an
 * address used by more accounts, such as a CGNAT gateway, is recorded as common and makes no links),
 * {@code fullPairsUpTo} / {@code chainNeighbours} (more common addresses link each account to its next neighbours in
 * order of first use). Weight per address: 1 × commonness, divided by the addresses per key of the one account
 * of the two that rotates over a proxy pool, if only one does ({@link #exitShare}); one link per pair, rarest address
 * shown. Evidence: the two accounts' interactions from the addresses that qualified.
 */
public final class SharedIpRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.SHARED_IP;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        RuleParameters p = ctx.params();
        long window = p.ipWindowHours() * 3_600_000L;
        PairAccumulator acc = new PairAccumulator(LinkRule.SHARED_IP, "IPs");
        FanoutProfile f = ctx.fanout();
        for (ValueGroup g : ctx.groups(TermKind.IP)) {
            int n = g.accounts();
            if (n < 2) {
                continue;
            }
            if (n > p.maxValueAccounts()) {
                out.common(LinkRule.SHARED_IP, g.value(), g.termRef(), n);
                continue;
            }
            List<ValueUse> uses = new ArrayList<>(g.uses());
            uses.sort(Comparator.comparingLong(ValueUse::firstMs).thenComparingInt(ValueUse::accountRef));
            PairAccumulator.Candidate c = new PairAccumulator.Candidate(g.value(), g.termRef(), n);
            double w = Commonness.weight(LinkRule.SHARED_IP, n);
            int limit = n <= p.fullPairsUpTo() ? n : p.chainNeighbours();
            double[] rotation = new double[n]; // addresses per key of each user that rotates, 0 for the others
            for (int i = 0; i < n; i++) {
                int account = uses.get(i).accountRef();
                rotation[i] = f.rotates(account, p.minIpsPerKey()) ? f.ipsPerKey(account) : 0;
            }
            for (int i = 0; i < n; i++) {
                ValueUse a = uses.get(i);
                int linked = 0;
                for (int j = i + 1; j < n && linked < limit; j++) {
                    ValueUse b = uses.get(j);
                    if (b.firstMs() - window > a.lastMs()) {
                        break; // sorted by first use: no later account comes close either
                    }
                    double share = exitShare(rotation[i], rotation[j]);
                    acc.add(a.accountRef(), b.accountRef(), c, w * share, (long) a.interactions() + b.interactions(),
                            a.firstMs(), Math.max(a.lastMs(), b.lastMs()), share < 1 ? String.format(Locale.ROOT,
                                    "one account rotates its keys over %.0f addresses each, so one shared address"
                                            + " counts 1/%.0f", 1 / share, 1 / share) : null);
                    linked++;
                }
            }
        }
        acc.flush(out);
    }

    /**
     * What one shared address counts for a pair whose accounts rotate their keys over {@code rotationA} and
     * {@code rotationB} addresses each (0: does not rotate, see {@link FanoutProfile#rotates}): 1, or, when exactly
     * one of the two rotates (over a proxy pool), one over the addresses per key it rotates over. Such an
     * address is one exit of the pool, often someone's home connection rented out as a residential proxy: a stranger
     * who used it says nothing about the rotating account beyond that exit. Two rotating accounts are compared
     * address by address as before, and {@link ProxyPoolRule} weighs how many they share.
     */
    static double exitShare(double rotationA, double rotationB) {
        if ((rotationA > 0) == (rotationB > 0)) {
            return 1;
        }
        return 1 / Math.max(rotationA, rotationB);
    }

    /** True when two uses of one address come within {@code windowMs} of each other. */
    static boolean close(long firstA, long lastA, long firstB, long lastB, long windowMs) {
        return firstB - windowMs <= lastA && firstA - windowMs <= lastB;
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        long window = ctx.params().ipWindowHours() * 3_600_000L;
        List<Integer> terms = ctx.sharedTerms(link.accountA(), link.accountB(), TermKind.IP,
                ctx.params().maxValueAccounts(), (AccountLookup.SharedTerm t) -> close(t.firstA(), t.lastA(),
                        t.firstB(), t.lastB(), window));
        return EvidenceSelector.interactionsWith(link.accountA(), link.accountB(), TermKind.IP, terms);
    }
}
