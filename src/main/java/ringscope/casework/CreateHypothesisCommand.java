package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisStatus;

/** Starts a cluster hypothesis: a named set of accounts with a status and evidence. */
public record CreateHypothesisCommand(String name, HypothesisStatus status, String evidence, List<String> accountIds)
        implements CaseCommand {
    public CreateHypothesisCommand {
        accountIds = List.copyOf(accountIds);
    }

    @Override
    public Plan plan(CommandContext ctx) {
        Hypothesis h = new Hypothesis(ctx.newId(), Checks.name(name, 200, "A hypothesis name"),
                status == null ? HypothesisStatus.DRAFT : status, Checks.text(evidence, 100_000, "Evidence"),
                EditHypothesisCommand.accounts(accountIds), false);
        return new Plan(ActionType.CREATE_HYPOTHESIS, h.target().toString(), "Created hypothesis \u201c" + h.name()
                + "\u201d with " + h.accountIds().size() + " accounts", List.of(h));
    }
}
