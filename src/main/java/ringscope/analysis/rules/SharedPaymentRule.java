package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import ringscope.model.AccountProfile;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.SharedValue;
import ringscope.store.AnalysisInputs;

/**
 * Strong rule {@link LinkRule#SHARED_PAYMENT}: two accounts pay with the same instrument fingerprint (on the account
 * in accounts.csv or in a payments.csv row). Families and companies share cards too, hence commonness weighting:
 * 3 × commonness. Reads {@code maxValueAccounts}, {@code fullPairsUpTo} / {@code chainNeighbours}. One link per
 * pair and instrument. Evidence: the two account rows when either carries the fingerprint, then both accounts'
 * payment rows for the instrument.
 */
public final class SharedPaymentRule implements Rule {
    /** One account's use of an instrument: on its account row and/or in payment rows. */
    private static final class Use {
        boolean onAccount;
        int rows;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
    }

    @Override
    public LinkRule rule() {
        return LinkRule.SHARED_PAYMENT;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        Map<String, Map<Integer, Use>> byInstrument = new TreeMap<>();
        for (AccountProfile a : ctx.accounts()) {
            if (a.paymentFingerprint() != null && !a.paymentFingerprint().isBlank()) {
                Use u = byInstrument.computeIfAbsent(a.paymentFingerprint(), k -> new TreeMap<>())
                        .computeIfAbsent(a.ref(), k -> new Use());
                u.onAccount = true;
                u.first = Math.min(u.first, a.createdMs());
                u.last = Math.max(u.last, a.createdMs());
            }
        }
        for (AnalysisInputs.PaymentUse p : ctx.payments()) {
            Use u = byInstrument.computeIfAbsent(p.instrument(), k -> new TreeMap<>())
                    .computeIfAbsent(p.accountRef(), k -> new Use());
            u.rows += p.rows();
            u.first = Math.min(u.first, p.firstMs());
            u.last = Math.max(u.last, p.lastMs());
        }
        RuleParameters params = ctx.params();
        byInstrument.forEach((instrument, users) -> link(out, params, instrument, users));
    }

    private static void link(LinkSink out, RuleParameters params, String instrument, Map<Integer, Use> users) {
        int n = users.size();
        if (n < 2) {
            return;
        }
        if (n > params.maxValueAccounts()) {
            out.common(LinkRule.SHARED_PAYMENT, instrument, 0, n);
            return;
        }
        SharedValue v = out.value(LinkRule.SHARED_PAYMENT, instrument, 0, n);
        double w = Commonness.weight(LinkRule.SHARED_PAYMENT, n);
        List<Integer> refs = new ArrayList<>(users.keySet());
        Pairing.pairs(refs, params.fullPairsUpTo(), params.chainNeighbours(), (i, j) -> {
            Use a = users.get(refs.get(i));
            Use b = users.get(refs.get(j));
            long rows = (a.onAccount || b.onAccount ? 2 : 0) + a.rows + b.rows;
            out.link(v, refs.get(i), refs.get(j), w, rows, Math.min(a.first, b.first), Math.max(a.last, b.last), "");
        });
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        String instrument = link.value().text();
        boolean onAccount = ctx.lookup().accountRowsWith(link.accountA(), link.accountB(), instrument);
        return new EvidenceSelector(link.accountA(), link.accountB(), onAccount, List.of(),
                Objects.requireNonNull(instrument), false, null, List.of());
    }
}
