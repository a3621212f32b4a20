package ringscope.analysis.rules;

import java.util.List;
import ringscope.model.AccountProfile;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.SharedValue;

/** Shared helpers of the rules over accounts.csv alone (email, sign-up): their evidence is the two account rows. */
final class AccountRowRules {
    private AccountRowRules() {}

    /** Links a group of accounts sharing {@code value} (commonness-weighted, full pairs or chain). */
    static void group(LinkSink out, RuleParameters p, LinkRule rule, String value, List<AccountProfile> members) {
        int n = members.size();
        if (n < 2) {
            return;
        }
        if (n > p.maxValueAccounts()) {
            out.common(rule, value, 0, n);
            return;
        }
        SharedValue v = out.value(rule, value, 0, n);
        double w = Commonness.weight(rule, n);
        Pairing.pairs(members, p.fullPairsUpTo(), p.chainNeighbours(), (i, j) -> {
            AccountProfile a = members.get(i);
            AccountProfile b = members.get(j);
            out.link(v, a.ref(), b.ref(), w, 2, Math.min(a.createdMs(), b.createdMs()),
                    Math.max(a.createdMs(), b.createdMs()), "");
        });
    }

    static EvidenceSelector evidence(LinkRecord link) {
        return EvidenceSelector.accounts(link.accountA(), link.accountB());
    }
}
