package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;
import ringscope.timeline.HourlySeries;
import ringscope.timeline.Synchrony;

/**
 * Medium rule {@link LinkRule#SYNCHRONIZED_ACTIVITY}: two accounts' hourly activity rises and falls together beyond
 * the daily and weekly rhythm ({@link Synchrony#detrendedCorrelation} at least {@code minCorrelation}), as when one
 * controller drives them. Compared pairs: {@link ActivityCandidates}. Weight {@code 1 × r}. Evidence: every
 * interaction of the two accounts (the series are built from all of them).
 */
public final class SynchronyRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.SYNCHRONIZED_ACTIVITY;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        ActivityCandidates cand = ctx.activityCandidates(out);
        double min = ctx.params().minCorrelation();
        List<double[]> found = new ArrayList<>();
        Set<Integer> accounts = new HashSet<>();
        long[] pairs = cand.pairs();
        double[] correlation = cand.detrendedCorrelations(ctx::checkpoint);
        for (int i = 0; i < pairs.length; i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            if (correlation[i] >= min) {
                found.add(new double[] {a, b, correlation[i]});
                accounts.add(a);
                accounts.add(b);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        SharedValue v = out.value(LinkRule.SYNCHRONIZED_ACTIVITY, String.format(
                "hourly activity, detrended correlation >= %.2f", min), 0, accounts.size());
        for (double[] f : found) {
            int a = (int) f[0];
            int b = (int) f[1];
            HourlySeries sa = cand.series(a);
            HourlySeries sb = cand.series(b);
            long common = Math.min(sa.lastHour(), sb.lastHour()) - Math.max(sa.firstHour(), sb.firstHour()) + 1;
            out.link(v, a, b, f[2], ctx.account(a).interactions() + ctx.account(b).interactions(),
                    Math.max(sa.firstHour(), sb.firstHour()) * 3_600_000L,
                    (Math.min(sa.lastHour(), sb.lastHour()) + 1) * 3_600_000L - 1,
                    String.format("r = %.2f over %d common hours", f[2], common));
        }
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return EvidenceSelector.allInteractions(link.accountA(), link.accountB());
    }
}
