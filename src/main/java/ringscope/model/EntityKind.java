package ringscope.model;

/** The kinds of casework state that analyst actions change; each has its own table, kept in step with the log. */
public enum EntityKind {
    TAG,
    TAG_ASSIGNMENT,
    NOTE,
    MEMBERSHIP,
    HYPOTHESIS,
    CASE_DECISION,
    SAVED_VIEW
}
