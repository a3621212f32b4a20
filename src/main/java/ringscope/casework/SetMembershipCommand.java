package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.Membership;
import ringscope.model.Target;
import ringscope.model.TargetKind;

/** Records how sure the analyst is that an account belongs to a cluster or hypothesis, and why. */
public record SetMembershipCommand(Target group, String accountId, int confidencePercent, String justification)
        implements CaseCommand {
    @Override
    public Plan plan(CommandContext ctx) {
        if (group == null || group.kind() != TargetKind.CLUSTER && group.kind() != TargetKind.HYPOTHESIS) {
            throw Checks.invalid("Membership is judged for a cluster or a hypothesis");
        }
        if (confidencePercent < 0 || confidencePercent > 100) {
            throw Checks.invalid("Confidence is 0 to 100 percent");
        }
        String account = Checks.name(accountId, Target.MAX_KEY, "An account id");
        Membership m = new Membership(group, account, confidencePercent,
                Checks.text(justification, 4000, "A justification"), false);
        return new Plan(ActionType.SET_MEMBERSHIP, Target.account(account).toString(), "Rated " + account
                + " in " + group + " at " + confidencePercent + "%", List.of(m));
    }
}
