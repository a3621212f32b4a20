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
 * Medium rule {@link LinkRule#LOAD_BALANCED}: two accounts carry near-identical daily volumes over at least
 * {@value #MIN_DAYS} common days ({@link Synchrony#loadBalanceDistance} at most {@code loadBalanceTolerance}) while
 * their hours also move together beyond the daily and weekly rhythm ({@link Synchrony#detrendedCorrelation} at least
 * {@code minCorrelation}): the shape of one client spreading its requests round-robin over several accounts, whose
 * ups and downs they then share. Independent users differ in volume from day to day; independent clocks (cron jobs,
 * CI bots) can match in volume and in daily shape, so raw hourly correlation would link them, but their hour-to-hour
 * deviations from that shape are unrelated.
 * Compared pairs: {@link ActivityCandidates}. Weight {@code 1 × (1 - distance / tolerance)}, at least 0.2.
 * Evidence: every interaction of the two accounts.
 */
public final class LoadBalancingRule implements Rule {
    static final int MIN_DAYS = 4;

    @Override
    public LinkRule rule() {
        return LinkRule.LOAD_BALANCED;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        ActivityCandidates cand = ctx.activityCandidates(out);
        double tolerance = ctx.params().loadBalanceTolerance();
        List<double[]> found = new ArrayList<>();
        Set<Integer> accounts = new HashSet<>();
        double minCorrelation = ctx.params().minCorrelation();
        long[] pairs = cand.pairs();
        // the correlations the synchronized-activity rule computed for the same pairs; the distance only where the
        // correlation qualifies (a small share of the pairs)
        double[] correlation = cand.detrendedCorrelations(ctx::checkpoint);
        for (int i = 0; i < pairs.length; i++) {
            if (correlation[i] < minCorrelation) {
                continue;
            }
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            HourlySeries sa = cand.series(a);
            HourlySeries sb = cand.series(b);
            long common = Math.min(sa.lastHour(), sb.lastHour()) - Math.max(sa.firstHour(), sb.firstHour()) + 1;
            if (common < MIN_DAYS * 24L) {
                continue;
            }
            double d = Synchrony.loadBalanceDistance(sa, sb);
            if (d <= tolerance) {
                found.add(new double[] {a, b, d});
                accounts.add(a);
                accounts.add(b);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        SharedValue v = out.value(LinkRule.LOAD_BALANCED, String.format("daily volumes within %.0f%%",
                tolerance * 100), 0, accounts.size());
        for (double[] f : found) {
            int a = (int) f[0];
            int b = (int) f[1];
            HourlySeries sa = cand.series(a);
            HourlySeries sb = cand.series(b);
            out.link(v, a, b, Math.max(0.2, 1 - f[2] / tolerance), ctx.account(a).interactions()
                    + ctx.account(b).interactions(), Math.max(sa.firstHour(), sb.firstHour()) * 3_600_000L,
                    (Math.min(sa.lastHour(), sb.lastHour()) + 1) * 3_600_000L - 1,
                    String.format("daily volumes differ by %.0f%% on average", f[2] * 100));
        }
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return EvidenceSelector.allInteractions(link.accountA(), link.accountB());
    }
}
