package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import ringscope.model.RuleParameters;
import ringscope.model.TermKind;
import ringscope.store.AccountLookup;
import ringscope.store.AnalysisInputs;

/**
 * What a rule needs to name the rows behind one of its links after the run: the run's parameters, account look-ups
 * and network facts. Cheap to create per query; not thread-safe.
 */
public final class EvidenceContext {
    private final AccountLookup lookup;
    private final RuleParameters params;
    private final AnalysisInputs inputs;
    private Networks networks;

    public EvidenceContext(AccountLookup lookup, AnalysisInputs inputs, RuleParameters params) {
        this.lookup = lookup;
        this.inputs = inputs;
        this.params = params;
    }

    public RuleParameters params() {
        return params;
    }

    public AccountLookup lookup() {
        return lookup;
    }

    public Networks networks() {
        if (networks == null) {
            networks = new Networks(inputs.ipInfo());
        }
        return networks;
    }

    /**
     * Terms of {@code kind} both accounts used that pass {@code keep}, with at most {@code maxAccounts} users in all
     * (the same commonness cut the rule applied).
     */
    public List<Integer> sharedTerms(int a, int b, TermKind kind, int maxAccounts,
            Predicate<AccountLookup.SharedTerm> keep) {
        List<Integer> out = new ArrayList<>();
        for (AccountLookup.SharedTerm t : lookup.sharedTerms(a, b)) {
            if (t.term().kind() == kind && t.accountsUsing() <= maxAccounts && keep.test(t)) {
                out.add(t.term().id());
            }
        }
        return out;
    }
}
