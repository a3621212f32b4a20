package ringscope.timeline;

import ringscope.model.EventRecord;

/**
 * How much of a set of accounts' traffic moved to a newly released model: interactions in the 24 hours before and the
 * 24 hours after the release event, and how many of them used the new model. (The per-account pivot measure of the
 * link analysis is {@link ModelPivot}; this one is the cluster-level view the timeline shows at the marker.)
 *
 * @param release the {@code model_release} event
 * @param model the released model, as named in the event's label ("" when no model in the label is known)
 * @param uncounted 0 when counted; else the interactions in the 48 h around the release, more raw rows than
 *     {@code limit}, and the four counts are 0
 * @param limit the most raw rows the pivot counts
 */
public record ClusterPivot(EventRecord release, String model, long before, long beforeOnModel, long after,
        long afterOnModel, long uncounted, long limit) {
    /** A pivot that was not counted because {@code rows} raw interactions, over {@code limit}, lie in its window. */
    static ClusterPivot notCounted(EventRecord release, String model, long rows, long limit) {
        return new ClusterPivot(release, model, 0, 0, 0, 0, rows, limit);
    }

    /** Share of the 24 h after the release on the new model, in [0, 1]; 0 without traffic. */
    public double shareAfter() {
        return after == 0 ? 0 : (double) afterOnModel / after;
    }

    public double shareBefore() {
        return before == 0 ? 0 : (double) beforeOnModel / before;
    }

    /** "62% of 1,234 interactions on orion-pro-3 within 24 h of its release (0% in the 24 h before)". */
    public String describe() {
        if (model.isEmpty()) {
            return "no known model named in \u201c" + release.label() + "\u201d";
        }
        if (uncounted > 0) {
            return String.format("move to %s not counted: %,d interactions in the 48 h around the release (limit %,d"
                    + " raw rows); choose fewer accounts", model, uncounted, limit);
        }
        return String.format("%.0f%% of %,d interactions on %s within 24 h of its release (%.0f%% in the 24 h before)",
                100 * shareAfter(), after, model, 100 * shareBefore());
    }
}
