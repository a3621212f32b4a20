package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.CaseDecision;
import ringscope.model.Target;

/** Sets the classification label that exports of the case carry (empty: not classified). */
public record SetClassificationCommand(String label) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        String value = label == null ? "" : label.strip();
        Checks.text(value, 200, "A classification label");
        CaseDecision old = ctx.find(CaseDecision.INITIAL.ref()).map(CaseDecision.class::cast)
                .orElse(CaseDecision.INITIAL);
        CaseDecision next = new CaseDecision(old.status(), old.decisionNote(), value);
        return new Plan(ActionType.SET_CLASSIFICATION, Target.CASE.toString(),
                value.isEmpty() ? "Cleared the classification" : "Classified the case " + value, List.of(next));
    }
}
