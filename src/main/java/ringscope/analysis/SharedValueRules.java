package ringscope.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.AnalysisParameters;
import ringscope.model.LinkRule;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.store.AnalysisInputs;

/**
 * The shared-value rules over the import's account × value aggregate: shared API key (strong), shared IP, prompt
 * template and end user (medium), shared user agent (weak). Parameter: {@code maxValueAccounts}: a value used by more
 * accounts makes no links (a CGNAT address, a popular SDK, a framework's system prompt); it is counted as common.
 * Also remembers each account's uncommon IPs for the succession rule.
 */
final class SharedValueRules {
    private static final Map<TermKind, LinkRule> RULES = Map.of(
            TermKind.API_KEY, LinkRule.SHARED_API_KEY,
            TermKind.IP, LinkRule.SHARED_IP,
            TermKind.TEMPLATE, LinkRule.SHARED_TEMPLATE,
            TermKind.END_USER, LinkRule.SHARED_END_USER,
            TermKind.USER_AGENT, LinkRule.SHARED_USER_AGENT);

    private final AnalysisInputs inputs;
    private final AnalysisParameters params;
    final Map<Integer, Set<Integer>> ipsOf = new HashMap<>();
    int commonValuesSkipped;

    SharedValueRules(AnalysisInputs inputs, AnalysisParameters params) {
        this.inputs = inputs;
        this.params = params;
    }

    void run(LinkCollector out) {
        for (TermKind kind : List.of(TermKind.API_KEY, TermKind.IP, TermKind.TEMPLATE, TermKind.END_USER,
                TermKind.USER_AGENT)) {
            LinkRule rule = RULES.get(kind);
            inputs.forEachValue(kind, (term, value, uses) -> {
                if (uses.size() < 2) {
                    return;
                }
                if (uses.size() > params.maxValueAccounts()) {
                    commonValuesSkipped++;
                    return;
                }
                if (kind == TermKind.IP) {
                    for (ValueUse u : uses) {
                        ipsOf.computeIfAbsent(u.accountRef(), k -> new HashSet<>()).add(term);
                    }
                }
                link(out, rule, term, value, uses);
            });
        }
    }

    private static void link(LinkCollector out, LinkRule rule, int term, String value, List<ValueUse> uses) {
        int n = uses.size();
        double w = LinkCollector.tierWeight(rule) * LinkCollector.commonness(n);
        for (int i = 0; i < n; i++) {
            int limit = n <= LinkCollector.FULL_PAIRS_UP_TO ? n - 1 - i : Math.min(LinkCollector.CHAIN_NEIGHBOURS, n - 1);
            for (int k = 1; k <= limit; k++) {
                ValueUse a = uses.get(i);
                ValueUse b = uses.get((i + k) % n);
                if (n > LinkCollector.FULL_PAIRS_UP_TO || i + k < n) {
                    out.add(rule, a.accountRef(), b.accountRef(), w, value, term, n,
                            (long) a.interactions() + b.interactions(), Math.min(a.firstMs(), b.firstMs()),
                            Math.max(a.lastMs(), b.lastMs()));
                }
            }
        }
    }
}
