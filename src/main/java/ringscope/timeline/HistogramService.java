package ringscope.timeline;

import ringscope.model.AccountScope;
import ringscope.model.TimeRange;
import ringscope.store.TimelineQueries;

/**
 * Histogram series for a set of accounts at any zoom. Bins of an hour or more are summed from the hourly aggregate
 * (fast at any scale); finer bins are counted from raw interactions through the {@code (account_ref, ts_ms)} index, but
 * only for an explicit account set whose raw rows in the range number at most {@link #RAW_ROW_LIMIT} — otherwise the
 * series stays at one hour and the note says why. Plain Java; call off the UI thread.
 */
public final class HistogramService {
    /**
     * Largest number of raw interactions any timeline measure reads (sub-hour bins, statuses, release pivots). On a
     * small case they are in the page cache (300,000 in a few hundred ms); on the campaign-scale case (7.9 GB) an
     * account's rows lie one per page, and 104,000 rows around a release took 15 s of disk reads, so 50,000 keeps a
     * cold read to a few seconds.
     */
    public static final long RAW_ROW_LIMIT = 50_000;

    private final TimelineQueries queries;

    public HistogramService(TimelineQueries queries) {
        this.queries = queries;
    }

    /**
     * @param range the window to show (widened to whole bins)
     * @param maxBins how many bins the chart can show; picks the bin size (see {@link BinSizes#choose})
     */
    public ActivityHistogram histogram(AccountScope scope, TimeRange range, int maxBins) {
        long binMs = BinSizes.choose(range, maxBins);
        if (binMs >= BinSizes.HOUR) {
            TimeRange aligned = BinSizes.align(range, binMs);
            return new ActivityHistogram(aligned, binMs, false, queries.hourlyBins(scope, aligned, binMs), "");
        }
        if (scope.isWholeCase()) {
            return hourly(range, scope, "the whole case is shown by the hour; choose accounts to see minutes");
        }
        long rows = queries.estimateRows(scope, range);
        if (rows > RAW_ROW_LIMIT) {
            return hourly(range, scope, String.format("%,d interactions in this window; zoom in further or choose fewer"
                    + " accounts to see minutes", rows));
        }
        TimeRange aligned = BinSizes.align(range, binMs);
        return new ActivityHistogram(aligned, binMs, true, queries.rawBins(scope, aligned, binMs), "");
    }

    private ActivityHistogram hourly(TimeRange range, AccountScope scope, String note) {
        TimeRange aligned = BinSizes.align(range, BinSizes.HOUR);
        return new ActivityHistogram(aligned, BinSizes.HOUR, false,
                queries.hourlyBins(scope, aligned, BinSizes.HOUR), note);
    }
}
