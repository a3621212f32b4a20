package ringscope.model;

import java.util.Objects;

/**
 * The case's status, the note explaining the decision, and the classification label exports carry.
 *
 * @param status where the case stands
 * @param decisionNote why, may be empty
 * @param classification e.g. "INTERNAL" or "CONFIDENTIAL"; may be empty (not yet classified)
 */
public record CaseDecision(CaseStatus status, String decisionNote, String classification) implements CaseEntity {
    public static final String ID = "case";
    /** A new case: open, no note, not classified. */
    public static final CaseDecision INITIAL = new CaseDecision(CaseStatus.OPEN, "", "");

    public CaseDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decisionNote, "decisionNote");
        Objects.requireNonNull(classification, "classification");
        if (classification.length() > 200) {
            throw new IllegalArgumentException("A classification label has at most 200 characters");
        }
    }

    @Override
    public EntityRef ref() {
        return new EntityRef(EntityKind.CASE_DECISION, ID);
    }
}
