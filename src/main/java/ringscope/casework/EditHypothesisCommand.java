package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisStatus;
import ringscope.model.Target;

/** Changes a hypothesis: name, status, evidence and its accounts (the whole set is replaced). */
public record EditHypothesisCommand(String hypothesisId, String name, HypothesisStatus status, String evidence,
        List<String> accountIds) implements CaseCommand {
    public EditHypothesisCommand {
        accountIds = List.copyOf(accountIds);
    }

    @Override
    public Plan plan(CommandContext ctx) {
        Hypothesis old = ctx.require(new EntityRef(EntityKind.HYPOTHESIS, hypothesisId), Hypothesis.class,
                "hypothesis");
        if (old.retracted()) {
            throw new CaseworkException(CaseworkException.Kind.NOT_FOUND, "That hypothesis was deleted");
        }
        Hypothesis h = new Hypothesis(hypothesisId, Checks.name(name, 200, "A hypothesis name"),
                status == null ? old.status() : status, Checks.text(evidence, 100_000, "Evidence"),
                accounts(accountIds), false);
        return new Plan(ActionType.EDIT_HYPOTHESIS, h.target().toString(), "Edited hypothesis \u201c" + h.name()
                + "\u201d (" + h.status() + ", " + h.accountIds().size() + " accounts)", List.of(h));
    }

    /** Account ids stripped, blank ones dropped, each checked for length. */
    static List<String> accounts(List<String> ids) {
        List<String> out = ids.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        out.forEach(id -> Checks.name(id, Target.MAX_KEY, "An account id"));
        return out;
    }
}
