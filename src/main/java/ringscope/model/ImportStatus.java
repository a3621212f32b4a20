package ringscope.model;

/** Lifecycle of one import run; only COMPLETE runs have rows in the case. */
public enum ImportStatus {
    RUNNING,
    /** All rows committed; staged rows being moved into place (a crash here is completed at the next open). */
    FINISHING,
    COMPLETE,
    FAILED,
    CANCELLED,
    /** Found RUNNING at case open: the process died mid-import and the transaction was rolled back by H2. */
    INTERRUPTED
}
