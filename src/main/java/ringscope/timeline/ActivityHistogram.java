package ringscope.timeline;

import java.util.List;
import ringscope.model.HistogramBin;
import ringscope.model.TimeRange;

/**
 * A histogram series: the bins (empty ones omitted) of {@code binMs} covering {@code range}, whether they were counted
 * from raw rows (finer than an hour) or the hourly aggregate, and a note when the asked resolution was coarsened.
 */
public record ActivityHistogram(TimeRange range, long binMs, boolean fromRawRows, List<HistogramBin> bins,
        String note) {
    public ActivityHistogram {
        bins = List.copyOf(bins);
    }

    public long totalInteractions() {
        return bins.stream().mapToLong(HistogramBin::interactions).sum();
    }

    /** Largest bin by interactions (0 when empty), for scaling a chart. */
    public long maxInteractions() {
        return bins.stream().mapToLong(HistogramBin::interactions).max().orElse(0);
    }
}
