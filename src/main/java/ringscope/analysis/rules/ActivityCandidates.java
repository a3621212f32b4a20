package ringscope.analysis.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.timeline.HourlySeries;
import ringscope.timeline.Synchrony;

/**
 * The pairs whose activity series the synchrony and load-balancing rules compare, and their series. Comparing all
 * pairs is n² and flags everyone with a day job, so candidates are (1) pairs already linked by another rule and
 * (2) neighbours in account order among the users of a value too common to link (an IP or template shared by
 * thousands, {@value #COMMON_NEIGHBOURS} neighbours each), both ends having at least {@value #MIN_INTERACTIONS}
 * interactions (fewer say nothing about a schedule).
 */
public final class ActivityCandidates {
    static final int MIN_INTERACTIONS = 48;
    static final int COMMON_NEIGHBOURS = 4;

    private final long[] pairs;
    private final Map<Integer, HourlySeries> series;
    private double[] detrended;

    ActivityCandidates(RuleContext ctx, LinkSink sink) {
        // pair keys are collected in a growing array and sorted once: a HashSet<Long> of them degenerates (see
        // LinkSink#linkedPairs)
        LongStream.Builder keys = LongStream.builder();
        for (long k : sink.linkedPairs()) {
            if (eligible(ctx, (int) (k >>> 32)) && eligible(ctx, (int) k)) {
                keys.add(k);
            }
        }
        for (TermKind kind : List.of(TermKind.IP, TermKind.TEMPLATE)) {
            for (ValueGroup g : ctx.groups(kind)) {
                if (g.accounts() > ctx.params().maxValueAccounts()) {
                    List<Integer> users = g.uses().stream().map(ValueUse::accountRef).filter(a -> eligible(ctx, a))
                            .toList();
                    Pairing.pairs(users, 0, COMMON_NEIGHBOURS, (i, j) -> keys.add(LinkSink.key(users.get(i),
                            users.get(j))));
                }
            }
        }
        long[] all = keys.build().toArray();
        this.pairs = LinkSink.sortedDistinct(all, all.length);
        Set<Integer> accounts = new HashSet<>();
        for (long k : pairs) {
            accounts.add((int) (k >>> 32));
            accounts.add((int) k);
        }
        this.series = ctx.series(accounts);
    }

    private static boolean eligible(RuleContext ctx, int account) {
        return ctx.account(account).interactions() >= MIN_INTERACTIONS;
    }

    private static final int BLOCK = 50_000;

    /**
     * {@link Synchrony#detrendedCorrelation} of every pair, in the order of {@link #pairs}, computed at the first call
     * and kept: the synchronized-activity and load-balancing rules both need it for the same pairs (at campaign
     * scale, computing it twice took about 10 s). Callers must not change the array. Computed on every core, in
     * blocks of {@value #BLOCK} pairs with {@code checkpoint} called after each block (to stop a cancelled run); each
     * pair's result does not depend on the others, so the results are those of a loop.
     */
    synchronized double[] detrendedCorrelations(Runnable checkpoint) {
        if (detrended == null) {
            double[] out = new double[pairs.length];
            for (int from = 0; from < pairs.length; from += BLOCK) {
                IntStream.range(from, Math.min(pairs.length, from + BLOCK)).parallel().forEach(i -> out[i] = Synchrony
                        .detrendedCorrelation(series.get((int) (pairs[i] >>> 32)), series.get((int) pairs[i])));
                checkpoint.run();
            }
            detrended = out;
        }
        return detrended;
    }

    /** Candidate pair keys (see {@link LinkSink#key}) in ascending order. */
    public long[] pairs() {
        return pairs.clone();
    }

    public HourlySeries series(int account) {
        return series.get(account);
    }
}
