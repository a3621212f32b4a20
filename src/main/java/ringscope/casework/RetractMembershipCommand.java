package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.Membership;
import ringscope.model.Target;

/** Withdraws a membership judgement (soft delete). */
public record RetractMembershipCommand(Target group, String accountId) implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        Membership old = ctx.require(Membership.refOf(group, accountId), Membership.class, "membership judgement");
        Membership gone = new Membership(old.group(), old.accountId(), old.confidencePercent(), old.justification(),
                true);
        return new Plan(ActionType.RETRACT_MEMBERSHIP, Target.account(accountId).toString(),
                "Withdrew the rating of " + accountId + " in " + group, List.of(gone));
    }
}
