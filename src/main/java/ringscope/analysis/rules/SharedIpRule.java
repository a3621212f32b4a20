package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * order of first use). Weight per address: 1 × commonness; one link per pair, rarest address shown. Evidence: the
 * two accounts' interactions from the addresses that qualified.
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
            for (int i = 0; i < n; i++) {
                ValueUse a = uses.get(i);
                int linked = 0;
                for (int j = i + 1; j < n && linked < limit; j++) {
                    ValueUse b = uses.get(j);
                    if (b.firstMs() - window > a.lastMs()) {
                        break; // sorted by first use: no later account comes close either
                    }
                    acc.add(a.accountRef(), b.accountRef(), c, w, (long) a.interactions() + b.interactions(),
                            a.firstMs(), Math.max(a.lastMs(), b.lastMs()));
                    linked++;
                }
            }
        }
        acc.flush(out);
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
