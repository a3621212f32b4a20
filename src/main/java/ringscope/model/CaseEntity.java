package ringscope.model;

/**
 * A piece of casework state as it stands after some action: what the action log records as "before" and "after".
 * Values are immutable; a change is a new value. Nothing is ever removed by an analyst: deleting sets the retracted
 * (or inactive) flag, so history stays in the log and in the table.
 */
public sealed interface CaseEntity permits Tag, TagAssignment, Note, Membership, Hypothesis, CaseDecision, SavedView {
    /** The kind and id of this piece of state; equal refs name the same thing at different times. */
    EntityRef ref();
}
