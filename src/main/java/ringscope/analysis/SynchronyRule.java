package ringscope.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.AnalysisParameters;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.AnalysisInputs;
import ringscope.timeline.HourlyCorrelation;

/**
 * Synchronized activity (medium): correlation of hourly activity series, computed for the pairs other rules already
 * connect (all-pairs correlation is n² and would flag everyone with a day job). A pair with correlation at least
 * {@code minCorrelation} gets a link weighted by the correlation.
 */
final class SynchronyRule {
    private final AnalysisInputs inputs;
    private final AnalysisParameters params;

    SynchronyRule(AnalysisInputs inputs, AnalysisParameters params) {
        this.inputs = inputs;
        this.params = params;
    }

    void run(LinkCollector out) {
        Set<Long> pairs = new HashSet<>();
        Set<Integer> accounts = new HashSet<>();
        for (LinkRecord l : List.copyOf(out.links())) {
            if (pairs.add(((long) l.accountA() << 32) | l.accountB())) {
                accounts.add(l.accountA());
                accounts.add(l.accountB());
            }
        }
        Map<Integer, long[][]> series = new HashMap<>(inputs.hourlySeries(accounts));
        for (long key : pairs) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            long[][] sa = series.get(a);
            long[][] sb = series.get(b);
            double r = HourlyCorrelation.of(sa[0], sa[1], sb[0], sb[1]);
            if (r >= params.minCorrelation()) {
                long rows = sum(sa[1]) + sum(sb[1]);
                out.add(LinkRule.SYNCHRONIZED_ACTIVITY, a, b, LinkCollector.tierWeight(LinkRule.SYNCHRONIZED_ACTIVITY)
                        * r, String.format("hourly correlation %.2f", r), 0, 2, rows,
                        sa[0].length == 0 ? -1 : Math.min(sa[0][0], sb[0][0]) * 3_600_000L,
                        sa[0].length == 0 ? -1 : Math.max(sa[0][sa[0].length - 1], sb[0][sb[0].length - 1])
                                * 3_600_000L);
            }
        }
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }
}
