package ringscope.timeline;

/** How swimlane rows are sorted. */
public enum LaneOrder {
    /** Earliest first activity in the window first (sign-up waves and succession show as a staircase). */
    FIRST_ACTIVITY,
    /**
     * Most in step with the group first: by Pearson correlation of the row with the mean of all rows, so accounts that
     * act together form one block and load-balanced or unrelated ones sink to the bottom.
     */
    SIMILARITY
}
