package ringscope.model;

/** What an analyst did; one event in the action log per action. */
public enum ActionType {
    SEED_TAXONOMY,
    CREATE_TAG,
    EDIT_TAG,
    RETRACT_TAG,
    TAG_TARGETS,
    UNTAG_TARGETS,
    ADD_NOTE,
    EDIT_NOTE,
    RETRACT_NOTE,
    SET_MEMBERSHIP,
    RETRACT_MEMBERSHIP,
    CREATE_HYPOTHESIS,
    EDIT_HYPOTHESIS,
    RETRACT_HYPOTHESIS,
    SET_CASE_STATUS,
    SET_CLASSIFICATION,
    SAVE_VIEW,
    RETRACT_VIEW,
    /** Restores the "before" of the event named by {@link ActionEvent#refSeq()}. */
    UNDO,
    /** Re-applies the "after" of the event named by {@link ActionEvent#refSeq()}. */
    REDO;

    /** Whether this is an undo or redo (which refer to another event and are not themselves undone). */
    public boolean isUndoOrRedo() {
        return this == UNDO || this == REDO;
    }
}
