package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Hypothesis;

/** Deletes a hypothesis softly (kept, marked retracted). */
public record RetractHypothesisCommand(String hypothesisId) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Hypothesis old = ctx.require(new EntityRef(EntityKind.HYPOTHESIS, hypothesisId), Hypothesis.class,
                "hypothesis");
        Hypothesis gone = new Hypothesis(old.id(), old.name(), old.status(), old.evidence(), old.accountIds(), true);
        return new Plan(ActionType.RETRACT_HYPOTHESIS, old.target().toString(), "Deleted hypothesis \u201c"
                + old.name() + "\u201d", List.of(gone));
    }
}
