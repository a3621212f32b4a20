package ringscope.model;

/** Where the case as a whole stands. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    CONFIRMED,
    DISMISSED
}
