package ringscope.analysis.rules;

import java.util.List;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Base of the rules "two accounts used the same value of one kind" (API key, template, end user, user agent). Reads
 * {@code maxValueAccounts} (more users: recorded as common, no links), {@code fullPairsUpTo} and
 * {@code chainNeighbours} (see {@link Pairing}). Weight per value: tier × commonness; one link per pair with the
 * rarest value shown. Evidence: the two accounts' interactions carrying any of the shared values.
 */
abstract class SharedTermRule implements Rule {
    private final LinkRule rule;
    private final TermKind kind;
    private final String unit;

    SharedTermRule(LinkRule rule, TermKind kind, String unit) {
        this.rule = rule;
        this.kind = kind;
        this.unit = unit;
    }

    @Override
    public LinkRule rule() {
        return rule;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        RuleParameters p = ctx.params();
        PairAccumulator acc = new PairAccumulator(rule, unit);
        for (ValueGroup g : ctx.groups(kind)) {
            int n = g.accounts();
            if (n < 2) {
                continue;
            }
            if (n > p.maxValueAccounts()) {
                out.common(rule, g.value(), g.termRef(), n);
                continue;
            }
            PairAccumulator.Candidate c = new PairAccumulator.Candidate(g.value(), g.termRef(), n);
            double w = Commonness.weight(rule, n);
            List<ValueUse> uses = g.uses();
            Pairing.pairs(n, p.fullPairsUpTo(), p.chainNeighbours(), (i, j) -> {
                ValueUse a = uses.get(i);
                ValueUse b = uses.get(j);
                acc.add(a.accountRef(), b.accountRef(), c, w, (long) a.interactions() + b.interactions(),
                        Math.min(a.firstMs(), b.firstMs()), Math.max(a.lastMs(), b.lastMs()));
            });
        }
        acc.flush(out);
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        List<Integer> terms = ctx.sharedTerms(link.accountA(), link.accountB(), kind, ctx.params().maxValueAccounts(),
                t -> true);
        return EvidenceSelector.interactionsWith(link.accountA(), link.accountB(), kind, terms);
    }
}
