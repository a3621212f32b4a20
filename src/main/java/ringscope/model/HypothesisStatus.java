package ringscope.model;

/** Where a cluster hypothesis stands. */
public enum HypothesisStatus {
    DRAFT,
    SUPPORTED,
    CONFIRMED,
    REFUTED
}
