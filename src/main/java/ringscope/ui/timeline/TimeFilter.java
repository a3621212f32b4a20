package ringscope.ui.timeline;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import ringscope.model.TimeRange;

/**
 * The case-wide time filter: one observable range that the timeline's brush sets and that the graph, the tables and
 * the evidence pane bind to (null = no filter, all time). Made once in the composition root and passed to every view
 * model that follows it. UI thread only.
 */
public final class TimeFilter {
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(this, "range");

    /** The filter range; null when not filtering. */
    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public TimeRange get() {
        return range.get();
    }

    public void set(TimeRange next) {
        range.set(next);
    }

    public void clear() {
        range.set(null);
    }

    /** Whether {@code [firstMs, lastMs]} passes the filter (always true without one). */
    public boolean admits(long firstMs, long lastMs) {
        TimeRange r = range.get();
        return r == null || r.overlaps(firstMs, lastMs);
    }
}
