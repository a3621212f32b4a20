package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.CaseDecision;
import ringscope.model.CaseStatus;
import ringscope.model.Target;

/** Sets the case's status with the note that explains the decision; the classification stays. */
public record SetCaseStatusCommand(CaseStatus status, String decisionNote) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        if (status == null) {
            throw Checks.invalid("Choose a case status");
        }
        CaseDecision old = ctx.find(CaseDecision.INITIAL.ref()).map(CaseDecision.class::cast)
                .orElse(CaseDecision.INITIAL);
        CaseDecision next = new CaseDecision(status, Checks.text(decisionNote, 100_000, "A decision note"),
                old.classification());
        return new Plan(ActionType.SET_CASE_STATUS, Target.CASE.toString(), "Set the case status to " + status,
                List.of(next));
    }
}
